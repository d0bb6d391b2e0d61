mod deep;
mod missing;

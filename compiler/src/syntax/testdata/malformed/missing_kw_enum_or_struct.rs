pub S {}

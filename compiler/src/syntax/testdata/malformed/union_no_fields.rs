union U;

mod {}

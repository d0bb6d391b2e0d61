macro_rules foo { () => {} }

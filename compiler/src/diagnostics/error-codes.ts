/**
 * The error codes weftc emits, each with weftc's own one-paragraph explanation.
 *
 * rustc's JSON carries the full text of its error-code documentation in `code.explanation`; that
 * text belongs to rustc's repository and weftc does not copy it. weftc puts its own short
 * explanation there instead (the one deliberate difference from rustc's JSON). What must match
 * rustc is whether a code *has* an explanation: it decides the `Some errors have detailed
 * explanations` and `rustc --explain` lines, so every code rustc documents and weftc emits must
 * be listed here. Lint names (`unused_variables`) have no explanation, as in rustc.
 *
 * Adding a code: add it here (sorted) with a sentence or two in your own words, then use it from
 * the message catalogue (messages.ts).
 *
 * Owns: code → explanation. Must not: hold messages (messages.ts) or rustc's documentation text.
 */

const EXPLANATIONS: Readonly<Record<string, string>> = {
  E0004: 'A `match` must handle every value its scrutinee can have. Add arms for the patterns that are not covered, or a wildcard arm `_ => ...`.',
  E0005: 'A `let` binding, function parameter or `for` loop needs a pattern that matches every value of its type. Use `if let`, `let ... else` or a `match` for a pattern that can fail.',
  E0023: 'A tuple-struct or tuple-variant pattern must list as many fields as the variant has. Add or remove sub-patterns, or use `..` for the rest.',
  E0026: 'A struct pattern names a field that the struct does not have. Check the spelling or the struct definition.',
  E0027: 'A struct pattern must mention every field of the struct, or end with `..` to ignore the others.',
  E0046: 'An `impl` of a trait must define every item of the trait that has no default. Add the missing items.',
  E0053: 'A method in an impl has a signature that does not match the declaration of that method in the trait.',
  E0061: 'A function or method was called with a different number of arguments than its definition takes.',
  E0063: 'A struct expression must give a value to every field of the struct (or use `..base` to take the rest from another value).',
  E0067: 'The left side of a compound assignment (`+=`, `-=`, ...) must be a place that can be assigned: a variable, a field, an index or a dereference.',
  E0070: 'The left side of an assignment must be a place: a variable, a field, an index or a dereference, not a value such as a literal or a call.',
  E0072: 'A type contains itself without indirection, so its size would be infinite. Put the recursive field behind a pointer such as `Box`.',
  E0106: 'A reference type needs a lifetime here and none can be inferred. Name one, for example with a lifetime parameter `<\'a>`.',
  E0107: 'A generic item was given a different number of generic arguments than it declares.',
  E0117: 'A trait impl must involve a local trait or a local type (the orphan rule).',
  E0119: 'Two impls of the same trait apply to the same type.',
  E0124: 'A struct declares the same field name twice.',
  E0133: 'An unsafe operation must be inside an `unsafe` block or function.',
  E0178: 'In a type, `&` binds tighter than `+`: `&Trait + Send` must be written `&(Trait + Send)`.',
  E0185: 'A method takes `self` in the impl but the trait declares it without a `self` parameter.',
  E0186: 'A method is declared with `self` in the trait but the impl defines it without a `self` parameter.',
  E0201: 'An impl or trait defines the same associated item twice.',
  E0204: 'A type can only implement `Copy` if all of its fields do.',
  E0252: 'Two imports bring the same name into the same namespace of a module. Remove one or rename it with `as`.',
  E0254: 'An import and an `extern crate` bring the same name into the same namespace. Rename one of them.',
  E0255: 'An import and a local item bring the same name into the same namespace.',
  E0267: '`break` or `continue` was used inside a closure but outside of a loop in that closure.',
  E0268: '`break` or `continue` was used outside of a loop.',
  E0277: 'A type is used where a trait bound requires it to implement a trait, and it does not. Implement the trait or use a type that has it.',
  E0282: 'The compiler cannot infer a type here. Add a type annotation, for example on the `let` binding or with a turbofish `::<T>`.',
  E0283: 'Several implementations could apply and the compiler cannot choose one. Add type annotations to pick one.',
  E0301: 'A pattern guard cannot mutate the value being matched.',
  E0308: 'An expression has a different type from the one expected at this place (by an annotation, a parameter, a return type or another branch).',
  E0317: 'An `if` without an `else` has type `()`, so it cannot be used where a value of another type is expected. Add an `else` branch.',
  E0368: 'A compound assignment operator (`+=`, `<<=`, ...) was used on a type that does not implement the matching `...Assign` trait.',
  E0369: 'A binary operator is applied to a type that does not implement the operator\'s trait (`Add` for `+`, `PartialEq` for `==`...).',
  E0381: 'A variable is used before it is certainly initialized.',
  E0382: 'A value is used after it was moved. Clone it before the move, borrow it instead, or restructure the code so that the move comes last.',
  E0383: 'A field of a dropped or moved value is assigned.',
  E0384: 'An immutable variable is assigned twice. Declare it with `let mut` if it is meant to change.',
  E0391: 'A definition depends on itself through a cycle (for example two type aliases that name each other). Break the cycle.',
  E0392: 'A type or lifetime parameter is declared but never used in the type.',
  E0403: 'The same generic parameter name is declared twice in one list.',
  E0404: 'Something that is not a trait is used as a trait (in an impl or a bound).',
  E0405: 'A trait name is used that is not in scope.',
  E0407: 'An impl of a trait defines a method that the trait does not declare.',
  E0412: 'A type name is used that is not in scope. Import it or check the spelling.',
  E0415: 'The same parameter name is used twice in one function signature.',
  E0416: 'The same binding name is used twice in one pattern.',
  E0422: 'A struct expression names something that is not a struct or is not in scope.',
  E0423: 'A name is used as a value but refers to something else, such as a type or a tuple-struct constructor used wrongly.',
  E0424: '`self` is used in a function that has no `self` parameter.',
  E0425: 'A name is used as a value (a variable, function or constant) and nothing of that name is in scope.',
  E0426: 'A `break` or `continue` names a loop label that is not declared.',
  E0428: 'Two items of the same kind define the same name in the same module.',
  E0429: '`self` in a `use` path may only appear inside braces, as in `use foo::{self}`.',
  E0430: '`self` appears twice in one import list.',
  E0431: '`self` is imported in a `use` list at the crate root, where it means nothing.',
  E0432: 'An import path names a module or item that does not exist.',
  E0433: 'A path could not be resolved: one of its segments names a module, type or crate that is not in scope.',
  E0434: 'An inner function tries to use a local variable of the function around it; functions cannot capture, closures can.',
  E0435: 'A non-constant value is used where a constant is required, such as an array length.',
  E0437: 'An impl of a trait defines an associated type that the trait does not declare.',
  E0438: 'An impl of a trait defines an associated constant that the trait does not declare.',
  E0446: 'A private type appears in the public interface of a public item.',
  E0449: 'A visibility qualifier is not allowed here (for example on items of a trait impl).',
  E0451: 'A struct expression or pattern names a field that is private in this module.',
  E0499: 'A value is mutably borrowed twice at the same time. Only one mutable borrow may be live at once.',
  E0502: 'A value is borrowed mutably while it is also borrowed immutably (or the other way round), and both borrows are live.',
  E0503: 'A value is used while it is mutably borrowed.',
  E0505: 'A value is moved out while it is still borrowed.',
  E0506: 'A value is assigned while it is borrowed.',
  E0507: 'A value is moved out of a place behind a reference or another borrowed place.',
  E0515: 'A function returns a reference to a value owned by the function itself, which is dropped when it returns.',
  E0520: 'A specialized item is not marked `default` in the more general impl.',
  E0527: 'An array or slice pattern lists a different number of elements than the array has.',
  E0528: 'An array pattern needs at least as many elements as it lists before and after `..`.',
  E0529: 'An array pattern is used to match a value that is not an array or slice.',
  E0530: 'A binding in a pattern shadows a tuple struct, unit struct or static of the same name.',
  E0531: 'A tuple-struct or tuple-variant pattern (or a path pattern) names something that is not in scope.',
  E0532: 'A pattern names something that is not a tuple struct or tuple variant of that shape.',
  E0533: 'A path in an expression or pattern names something that cannot be used there, such as a struct variant used as a value or a method used as a pattern.',
  E0559: 'An enum variant is constructed with a field it does not have.',
  E0560: 'A struct expression names a field that the struct does not have.',
  E0562: '`impl Trait` is used in a position where it is not allowed.',
  E0565: 'An attribute was given a literal where it expects a name or a list.',
  E0571: '`break` with a value is only allowed inside `loop`.',
  E0572: '`return` is used outside of a function body.',
  E0573: 'A path used as a type names something that is not a type, such as a function, a constant or a variant.',
  E0574: 'A pattern or struct expression names something that is not a struct, variant or union.',
  E0581: 'A lifetime appears only in the return type of a function pointer or closure type.',
  E0583: 'A `mod name;` declaration has no file `name.rs` or `name/mod.rs`.',
  E0585: 'A documentation comment (`///` or `/** */`) is not followed by anything it could document. Use an ordinary `//` comment instead.',
  E0586: 'An inclusive range `..=` needs an end. Write `a..` for a range without an end, or give the end.',
  E0592: 'Two inherent impls define an associated item of the same name for the same type.',
  E0594: 'A value is assigned through a place that is not mutable: a field of a binding not declared `mut`, or something behind a `&` reference.',
  E0596: 'A value is borrowed mutably but the variable or place holding it is not mutable. Declare it with `let mut`.',
  E0597: 'A borrowed value does not live long enough: it is dropped while the borrow is still used.',
  E0599: 'A method or associated item is called on a type that has no item of that name (or whose trait bounds are not met).',
  E0600: 'A unary operator (`-` or `!`) is applied to a type that does not implement it.',
  E0601: 'A binary crate needs a `main` function at its root.',
  E0603: 'An item is used from outside its module but it is private. Make it `pub` or use a public path.',
  E0604: 'Only primitive types can be cast with `as`; this cast is to or from a type that is not one.',
  E0605: 'This `as` cast between two types is not allowed.',
  E0606: 'This `as` cast is not valid for these types.',
  E0607: 'A cast between a thin and a fat pointer is not allowed.',
  E0608: 'A value is indexed with `[]` but its type does not implement `Index` for that index type.',
  E0609: 'A field is accessed that the type does not have.',
  E0610: 'A field is accessed on a primitive type, which has no fields.',
  E0614: 'The `*` operator is applied to a value that is not a reference or pointer and does not implement `Deref`.',
  E0615: 'A method is accessed as if it were a field; call it with parentheses.',
  E0616: 'A field is private and cannot be accessed from here.',
  E0618: 'A value that is not a function is called like one.',
  E0620: 'A cast to an unsized type such as a slice is not allowed.',
  E0624: 'A method is private and cannot be called from here.',
  E0642: 'A trait method without a body cannot take a pattern as a parameter; use a plain name (or `_`).',
  E0658: 'This feature is unstable and cannot be used on a stable compiler.',
  E0670: '`async fn` needs the 2018 edition or later.',
  E0689: 'A method is called on a numeric literal whose type is not yet known. Give the literal a suffix or a type annotation.',
  E0704: 'A visibility restriction must be one of `pub(crate)`, `pub(self)`, `pub(super)` or `pub(in path)`.',
  E0716: 'A temporary value is dropped while a borrow of it is still in use. Bind it to a variable first.',
  E0728: '`.await` is used outside of an `async` function or block.',
  E0743: 'A C-variadic type `...` may only appear as the last parameter of a foreign function, not nested in another type.',
  E0747: 'Generic arguments are given in the wrong order: lifetimes first, then types, then constants.',
  E0748: 'A raw string literal is not terminated by a closing quote followed by as many `#` as it opened with.',
  E0753: 'An inner doc comment (`//!` or `/*! */`) appears after an item; inner doc comments may only appear before the items of the module or block they document.',
  E0758: 'A block comment (`/* ... */`) is not terminated; nested block comments need one `*/` each.',
  E0761: 'A module file exists in two places (`name.rs` and `name/mod.rs`); keep only one.',
  E0762: 'A character literal is not terminated by a closing single quote.',
  E0763: 'A byte literal is not terminated by a closing single quote.',
  E0764: 'A mutable reference is not allowed in the final value of a constant.',
  E0765: 'A string literal is not terminated by a closing double quote.',
  E0766: 'A byte string literal is not terminated by a closing double quote.',
  E0767: 'A loop label is used inside a closure or async block that is inside the labelled loop.',
  E0768: 'A number literal has a base prefix (`0x`, `0o`, `0b`) but no digits after it.',
  E0783: 'The `...` range pattern syntax was removed in the 2021 edition; write `..=`.',
};

/** weftc's explanation of an error code, or null for codes without one (and for lint names). */
export function explanationOf(code: string): string | null {
  return EXPLANATIONS[code] ?? null;
}

/** Whether a diagnostic code is an error code (`E0308`) rather than a lint name. */
export function isErrorCode(code: string): boolean {
  return /^E\d{4}$/.test(code);
}

/** Every code with an explanation, sorted (for tests and `--explain`). */
export function explainedCodes(): string[] {
  return Object.keys(EXPLANATIONS).sort();
}

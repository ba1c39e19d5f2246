import KruHTML

extension Element {
    /// Whether the element is part of a `<template>`'s contents. A browser keeps those out of
    /// the document (in a separate fragment that `querySelectorAll` never searches), so no
    /// check sees them: kru's tree keeps them as the template's children.
    var isTemplateContent: Bool { ancestors.contains { $0.name == "template" } }
}

extension HTMLDocument {
    /// Every element of the document as a browser's `querySelectorAll("*")` lists it:
    /// in document order, without template contents.
    var documentElements: [Element] { elements.filter { !$0.isTemplateContent } }

    /// Elements with a tag name, without template contents.
    func documentElements(named name: String) -> [Element] { elements(named: name).filter { !$0.isTemplateContent } }
}

import KruHTML

extension Element {
    /// Whether the element is part of a `<template>`'s contents. A browser keeps those out of
    /// the document (in a separate fragment that `querySelectorAll` never searches), so no
    /// check sees them: kru's tree keeps them as the template's children.
    var isTemplateContent: Bool { ancestors.contains { $0.name == "template" } }

    /// The elements inside this one as a browser's `querySelectorAll("*")` on it lists them:
    /// in document order, without template contents.
    var documentDescendants: [Element] {
        isTemplateContent ? [] : document.elementsSkippingTemplateContents(under: id)
    }
}

extension HTMLDocument {
    /// Every element of the document as a browser's `querySelectorAll("*")` lists it:
    /// in document order, without template contents.
    var documentElements: [Element] {
        // Nodes are stored in document order: without a <template>, that is the list.
        let nodes = self.nodes
        var elements: [Element] = []
        for index in nodes.indices where nodes[index].kind == .element {
            if nodes[index].name == "template" { return elementsSkippingTemplateContents(under: rootID) }
            elements.append(Element(document: self, id: NodeID(index)))
        }
        return elements
    }

    /// Elements with a tag name, without template contents.
    func documentElements(named name: String) -> [Element] { elements(named: name).filter { !$0.isTemplateContent } }

    /// The elements below `root` in document order; a `<template>` is listed, its contents are not.
    fileprivate func elementsSkippingTemplateContents(under root: NodeID) -> [Element] {
        let nodes = self.nodes
        var result: [Element] = []
        var stack: [NodeID] = nodes[root.index].children.reversed()
        while let next = stack.popLast() {
            guard nodes[next.index].kind == .element else { continue }
            result.append(Element(document: self, id: next))
            if nodes[next.index].name != "template" { stack.append(contentsOf: nodes[next.index].children.reversed()) }
        }
        return result
    }
}

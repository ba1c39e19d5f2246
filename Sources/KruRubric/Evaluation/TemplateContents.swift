import KruHTML

extension Element {
    /// Whether the element is part of a `<template>`'s contents. A browser keeps those out of
    /// the document (in a separate fragment that `querySelectorAll` never searches), so no
    /// check sees them: kru's tree keeps them as the template's children.
    var isTemplateContent: Bool {
        let nodes = document.nodes
        var holder = nodes[id.index].parent
        while let ancestor = holder {
            if nodes[ancestor.index].kind == .element && nodes[ancestor.index].name == "template" { return true }
            holder = nodes[ancestor.index].parent
        }
        return false
    }

    /// The elements inside this one as a browser's `querySelectorAll("*")` on it lists them:
    /// in document order, without template contents.
    var documentDescendants: Selection {
        Selection(document: document, ids: isTemplateContent ? [] : document.elementIDsSkippingTemplateContents(under: id))
    }

    /// The element children of this one, in order.
    var childElements: Selection {
        let nodes = document.nodes
        return Selection(document: document, ids: nodes[id.index].children.filter { nodes[$0.index].kind == .element })
    }
}

extension HTMLDocument {
    /// Every element of the document as a browser's `querySelectorAll("*")` lists it:
    /// in document order, without template contents.
    var documentElements: [Element] { documentElementIDs.map { Element(document: self, id: $0) } }

    /// The nodes of ``documentElements``.
    var documentElementIDs: [NodeID] {
        // Nodes are stored in document order: without a <template>, that is the list.
        let nodes = self.nodes
        var ids: [NodeID] = []
        ids.reserveCapacity(nodes.count)
        for index in nodes.indices where nodes[index].kind == .element {
            if nodes[index].name == "template" { return elementIDsSkippingTemplateContents(under: rootID) }
            ids.append(NodeID(index))
        }
        return ids
    }

    /// Elements with a tag name, without template contents.
    func documentElements(named name: String) -> [Element] { elements(named: name).filter { !$0.isTemplateContent } }

    /// The elements below `root` in document order; a `<template>` is listed, its contents are not.
    fileprivate func elementIDsSkippingTemplateContents(under root: NodeID) -> [NodeID] {
        let nodes = self.nodes
        var result: [NodeID] = []
        var stack: [NodeID] = nodes[root.index].children.reversed()
        while let next = stack.popLast() {
            guard nodes[next.index].kind == .element else { continue }
            result.append(next)
            if nodes[next.index].name != "template" { stack.append(contentsOf: nodes[next.index].children.reversed()) }
        }
        return result
    }
}

/// `<template>` and inline SVG/MathML.
extension TreeBuilder {
    /// `<template>` content is kept as ordinary children (browsers keep it in a
    /// separate fragment); inside, in-body rules apply.
    mutating func inTemplate(_ token: HTMLToken) {
        switch token {
        case .endTag(let name, _) where name == "template": inHead(token)
        case .endOfFile:
            guard open.contains(where: { isHTML($0, "template") }) else { return }
            popUntil("template")
            clearFormattingToLastMarker()
            templateModes.removeLast()
            resetInsertionMode()
            process(token, in: mode)
        default: inBody(token)
        }
    }

    // MARK: - Foreign content (inline SVG and MathML)

    mutating func insertForeign(_ tag: HTMLToken.StartTag, namespace: HTMLNamespace) {
        insertElement(tag, namespace: namespace)
        if tag.selfClosing { open.removeLast() }
    }

    /// Whether a token is handled by the rules for foreign content.
    func usesForeignContentRules(for token: HTMLToken) -> Bool {
        guard let current = open.last, nodes[current].namespace != .html else { return false }
        if case .endOfFile = token { return false }
        let node = nodes[current]
        if node.namespace == .mathML, ["mi", "mo", "mn", "ms", "mtext"].contains(node.name) {
            if case .startTag(let tag) = token, tag.name != "mglyph", tag.name != "malignmark" { return false }
            if case .text = token { return false }
        }
        if node.namespace == .mathML, node.name == "annotation-xml", case .startTag(let tag) = token, tag.name == "svg" {
            return false
        }
        if node.namespace == .svg, ElementCategories.specialSVG.contains(node.name) {
            if case .startTag = token { return false }
            if case .text = token { return false }
        }
        return true
    }

    mutating func processForeign(_ token: HTMLToken) {
        switch token {
        case .text(let text, let offset):
            insertText(text, offset: offset)
            if !text.isHTMLWhitespace { framesetOK = false }
        case .comment(let text, let offset): insertComment(text, offset: offset)
        case .doctype: return
        case .startTag(let tag):
            let breaksOut =
                ElementCategories.foreignBreakout.contains(tag.name)
                || (tag.name == "font" && tag.attributes.contains { ["color", "face", "size"].contains($0.name) })
            if breaksOut {
                while let current = open.last, nodes[current].namespace != .html,
                    !(nodes[current].namespace == .svg && ElementCategories.specialSVG.contains(nodes[current].name)),
                    !(nodes[current].namespace == .mathML && ["mi", "mo", "mn", "ms", "mtext"].contains(nodes[current].name))
                {
                    open.removeLast()
                }
                process(token, in: mode)
            } else {
                insertForeign(tag, namespace: nodes[currentNode].namespace)
            }
        case .endTag(let name, _):
            for index in open.indices.reversed() {
                let element = open[index]
                if nodes[element].namespace == .html {
                    process(token, in: mode)
                    return
                }
                if nodes[element].name == name {
                    open.removeSubrange(index...)
                    return
                }
            }
        case .endOfFile:
            process(token, in: mode)
        }
    }
}

/// `<template>` and inline SVG/MathML.
extension TreeBuilder {
    /// `<template>` content is kept as ordinary children (browsers keep it in a
    /// separate fragment). The first start tag decides how it is read: table
    /// parts (`<tr>`, `<td>` …) with the table rules, anything else as body.
    mutating func inTemplate(_ token: HTMLToken) {
        switch token {
        case .text, .comment, .doctype: inBody(token)
        // Chromium's list (an older spec's): `<title>`, `<base>`, `<noframes>` …
        // switch the template to body rules, so a later `<tr>` is ignored.
        case .startTag(let tag) where ["link", "meta", "script", "style", "template"].contains(tag.name): inHead(token)
        case .startTag(let tag):
            let next: Mode
            switch tag.name {
            case "caption", "colgroup", "tbody", "tfoot", "thead": next = .inTable
            case "col": next = .inColumnGroup
            case "tr": next = .inTableBody
            case "td", "th": next = .inRow
            default: next = .inBody
            }
            templateModes[templateModes.count - 1] = next
            mode = next
            process(token, in: mode)
        case .endTag(_, _, let id) where id == .template: inHead(token)
        case .endTag: return
        case .endOfFile:
            guard open.contains(where: { isHTML($0, .template) }) else { return }
            popUntil(.template)
            clearFormattingToLastMarker()
            templateModes.removeLast()
            resetInsertionMode()
            process(token, in: mode)
        }
    }

    // MARK: - Foreign content (inline SVG and MathML)

    mutating func insertForeign(_ tag: HTMLToken.StartTag, namespace: HTMLNamespace) {
        insertElement(tag, namespace: namespace)
        if tag.selfClosing { open.removeLast() }
    }

    /// Whether a token is handled by the rules for foreign content.
    @inline(__always)
    func usesForeignContentRules(for token: HTMLToken) -> Bool {
        guard let current = open.last, nodes[current].namespace != .html else { return false }
        if case .endOfFile = token { return false }
        let node = nodes[current]
        if node.namespace == .mathML, ["mi", "mo", "mn", "ms", "mtext"].contains(name(current)) {
            if case .startTag(let tag) = token, tag.name != "mglyph", tag.name != "malignmark" { return false }
            if case .text = token { return false }
        }
        if node.namespace == .mathML, name(current) == "annotation-xml", case .startTag(let tag) = token, tag.name == "svg" {
            return false
        }
        if isHTMLIntegrationPoint(current) {
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
                || (tag.name == "font" && attributes[tag.attributes].contains { ["color", "face", "size"].contains($0.name) })
            if breaksOut {
                breakOutOfForeignContent(then: token)
            } else {
                insertForeign(tag, namespace: nodes[currentNode].namespace)
            }
        case .endTag(let name, _, _) where name == "br" || name == "p":
            breakOutOfForeignContent(then: token)
        case .endTag(let name, _, _):
            for index in open.indices.reversed() {
                let element = open[index]
                if nodes[element].namespace == .html {
                    process(token, in: mode)
                    return
                }
                if self.name(element) == name {
                    open.removeSubrange(index...)
                    return
                }
            }
        case .endOfFile:
            process(token, in: mode)
        }
    }

    /// An HTML tag inside SVG or MathML (`<p>`, `<div>`, `</br>` …) closes the
    /// foreign elements up to the nearest HTML one and is read as HTML.
    private mutating func breakOutOfForeignContent(then token: HTMLToken) {
        while let current = open.last, nodes[current].namespace != .html, !isHTMLIntegrationPoint(current),
            !(nodes[current].namespace == .mathML && ["mi", "mo", "mn", "ms", "mtext"].contains(name(current)))
        {
            open.removeLast()
        }
        process(token, in: mode)
    }

    /// SVG `<foreignObject>`, `<desc>`, `<title>` and MathML `<annotation-xml
    /// encoding="text/html">`: inside them, tags are HTML again.
    @inline(__always)
    func isHTMLIntegrationPoint(_ element: Int) -> Bool {
        switch nodes[element].namespace {
        case .html: return false
        case .svg: return ElementCategories.specialSVG.contains(name(element))
        case .mathML:
            guard name(element) == "annotation-xml",
                let encoding = attributes(of: element).first(where: { $0.name == "encoding" })?.value.lowercased()
            else { return false }
            return encoding == "text/html" || encoding == "application/xhtml+xml"
        }
    }
}

/// Insertion modes outside `<body>`: before and in `<head>`, after `<body>`.
extension TreeBuilder {
    mutating func initial(_ token: HTMLToken) {
        switch token {
        case .text(let text, let offset):
            let (_, rest) = text.splitLeadingHTMLWhitespace
            if rest.isEmpty { return }
            quirks = true
            mode = .beforeHTML
            process(.text(rest, offset: offset + text.utf8.count - rest.utf8.count), in: mode)
        case .comment(let text, let offset):
            insertComment(text, offset: offset, into: 0)
        case .doctype(let name, let publicID, let systemID, let forceQuirks, let offset):
            let doctype = makeNode(.doctype, string: name, offset: offset)
            append(doctype, to: 0)
            quirks = forceQuirks || Self.isQuirksDoctype(name: name, publicID: publicID, systemID: systemID)
            mode = .beforeHTML
        default:
            quirks = true
            mode = .beforeHTML
            process(token, in: mode)
        }
    }

    /// Whether a doctype puts the page in quirks mode (a subset of the WHATWG list:
    /// the doctypes beginners copy from old tutorials).
    static func isQuirksDoctype(name: String, publicID: String, systemID: String) -> Bool {
        if name != "html" { return true }
        // `<!DOCTYPE html>`, nearly every page: no identifier to look at.
        if publicID.isEmpty, systemID.isEmpty { return false }
        let publicID = publicID.lowercased()
        if publicID.isEmpty { return systemID.lowercased() == "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd" }
        let quirkyPrefixes = [
            "-//w3c//dtd html 3", "-//w3c//dtd html 2", "-//ietf//dtd html", "-//w3o//dtd w3 html",
            "-//w3c//dtd w3 html", "-//netscape comm. corp.//dtd", "-//microsoft//dtd internet explorer",
            "-//w3c//dtd html experimental", "-//webtechs//dtd mozilla html", "-//softquad",
            "-//spyglass//dtd html 2.0", "-//sun microsystems corp.//dtd hotjava", "-//o'reilly and associates//",
            "-//metrius//dtd", "-//sq//dtd html 2.0", "+//silmaril//dtd html pro",
        ]
        if quirkyPrefixes.contains(where: { publicID.hasPrefix($0) }) { return true }
        if ["-//w3o//dtd w3 html strict 3.0//en//", "-/w3c/dtd html 4.0 transitional/en", "html"].contains(publicID) {
            return true
        }
        if systemID.isEmpty,
            publicID.hasPrefix("-//w3c//dtd html 4.01 frameset//") || publicID.hasPrefix("-//w3c//dtd html 4.01 transitional//")
        {
            return true
        }
        return false
    }

    mutating func beforeHTML(_ token: HTMLToken) {
        switch token {
        case .doctype: return
        case .comment(let text, let offset): insertComment(text, offset: offset, into: 0)
        case .text(let text, let offset):
            let (_, rest) = text.splitLeadingHTMLWhitespace
            if rest.isEmpty { return }
            createRoot(nil)
            process(.text(rest, offset: offset + text.utf8.count - rest.utf8.count), in: mode)
        case .startTag(let tag) where tag.id == .html:
            createRoot(tag)
        case .endTag(_, _, let id) where id != .head && id != .body && id != .html && id != .br:
            return
        default:
            createRoot(nil)
            process(token, in: mode)
        }
    }

    private mutating func createRoot(_ tag: HTMLToken.StartTag?) {
        let root = tag.map { makeElement($0) } ?? makeImplied("html")
        append(root, to: 0)
        open.append(root, tag: info[root].tag, name: name(root))
        mode = .beforeHead
    }

    mutating func beforeHead(_ token: HTMLToken) {
        switch token {
        case .text(let text, let offset):
            let (_, rest) = text.splitLeadingHTMLWhitespace
            if rest.isEmpty { return }
            headElement = insertImplied("head")
            mode = .inHead
            process(.text(rest, offset: offset + text.utf8.count - rest.utf8.count), in: mode)
        case .comment(let text, let offset): insertComment(text, offset: offset)
        case .doctype: return
        case .startTag(let tag) where tag.id == .html: inBody(token)
        case .startTag(let tag) where tag.id == .head:
            headElement = insertElement(tag)
            mode = .inHead
        case .endTag(_, _, let id) where id != .head && id != .body && id != .html && id != .br:
            return
        default:
            headElement = insertImplied("head")
            mode = .inHead
            process(token, in: mode)
        }
    }

    mutating func inHead(_ token: HTMLToken) {
        switch token {
        case .text(let text, let offset):
            let (space, rest) = text.splitLeadingHTMLWhitespace
            insertText(space, offset: offset)
            if rest.isEmpty { return }
            leaveHead()
            process(.text(rest, offset: offset + space.utf8.count), in: mode)
        case .comment(let text, let offset): insertComment(text, offset: offset)
        case .doctype: return
        case .startTag(let tag):
            switch tag.id {
            case .html: inBody(token)
            case .base, .basefont, .bgsound, .link, .meta: insertVoid(tag)
            case .title:
                insertTextElement(tag, raw: RawTextRequest(name: "title", decodesReferences: true))
            case .noscript, .noframes, .style, .script:
                insertTextElement(tag, raw: RawTextRequest(name: tag.name, decodesReferences: false))
            case .template:
                insertElement(tag)
                formatting.append(.marker)
                framesetOK = false
                mode = .inTemplate
                templateModes.append(.inTemplate)
            case .head: return
            default:
                leaveHead()
                process(token, in: mode)
            }
        case .endTag(_, _, let id):
            switch id {
            case .head:
                open.removeLast()
                mode = .afterHead
            case .body, .html, .br:
                leaveHead()
                process(token, in: mode)
            case .template:
                guard open.contains(where: { isHTML($0, .template) }) else { return }
                generateImpliedEndTags()
                popUntil(.template)
                clearFormattingToLastMarker()
                templateModes.removeLast()
                resetInsertionMode()
            default: return
            }
        case .endOfFile:
            leaveHead()
            process(token, in: mode)
        }
    }

    private mutating func leaveHead() {
        if let current = open.last, isHTML(current, .head) { open.removeLast() }
        mode = .afterHead
    }

    mutating func afterHead(_ token: HTMLToken) {
        switch token {
        case .text(let text, let offset):
            let (space, rest) = text.splitLeadingHTMLWhitespace
            insertText(space, offset: offset)
            if rest.isEmpty { return }
            insertImplied("body")
            mode = .inBody
            process(.text(rest, offset: offset + space.utf8.count), in: mode)
        case .comment(let text, let offset): insertComment(text, offset: offset)
        case .doctype: return
        case .startTag(let tag):
            switch tag.id {
            case .html: inBody(token)
            case .body:
                insertElement(tag)
                framesetOK = false
                mode = .inBody
            case .frameset:
                insertElement(tag)
                mode = .inFrameset
            case _ where ElementCategories.kinds(tag.id).has(.headContent):
                guard let head = headElement else { return }
                open.append(head, tag: info[head].tag, name: name(head))
                inHead(token)
                if let index = open.lastIndex(of: head) { open.remove(at: index) }
            case .head: return
            default:
                insertImplied("body")
                mode = .inBody
                process(token, in: mode)
            }
        case .endTag(_, _, let id):
            switch id {
            case .template: inHead(token)
            case .body, .html, .br:
                insertImplied("body")
                mode = .inBody
                process(token, in: mode)
            default: return
            }
        case .endOfFile:
            insertImplied("body")
            mode = .inBody
            process(token, in: mode)
        }
    }

    /// Whitespace after `</body>` or `</html>` goes into the current node; unlike
    /// the spec's "in body" rules, Chromium reopens no formatting element for it.
    mutating func afterBody(_ token: HTMLToken) {
        switch token {
        case .text(let text, let offset) where text.isHTMLWhitespace: insertText(text, offset: offset)
        case .comment(let text, let offset): insertComment(text, offset: offset, into: open[0])
        case .doctype: return
        case .startTag(let tag) where tag.id == .html: inBody(token)
        case .endTag(_, _, let id) where id == .html: mode = .afterAfterBody
        case .endOfFile: return
        default:
            mode = .inBody
            process(token, in: mode)
        }
    }

    mutating func afterAfterBody(_ token: HTMLToken) {
        switch token {
        case .comment(let text, let offset): insertComment(text, offset: offset, into: 0)
        case .doctype: inBody(token)
        case .text(let text, let offset) where text.isHTMLWhitespace: insertText(text, offset: offset)
        case .startTag(let tag) where tag.id == .html: inBody(token)
        case .endOfFile: return
        default:
            mode = .inBody
            process(token, in: mode)
        }
    }

    // MARK: - Framesets

    mutating func inFrameset(_ token: HTMLToken) {
        switch token {
        case .text(let text, let offset): insertText(text.htmlWhitespaceOnly, offset: offset)
        case .comment(let text, let offset): insertComment(text, offset: offset)
        case .startTag(let tag):
            switch tag.name {
            case "html": inBody(token)
            case "frameset": insertElement(tag)
            case "frame": insertVoid(tag)
            case "noframes": inHead(token)
            default: return
            }
        case .endTag(_, _, let id) where id == .frameset:
            guard open.count > 1 else { return }
            open.removeLast()
            if !isHTML(currentNode, .frameset) { mode = .afterFrameset }
        case .doctype, .endTag, .endOfFile: return
        }
    }

    mutating func afterFrameset(_ token: HTMLToken) {
        switch token {
        case .text(let text, let offset): insertText(text.htmlWhitespaceOnly, offset: offset)
        case .comment(let text, let offset): insertComment(text, offset: offset)
        case .startTag(let tag) where tag.id == .html: inBody(token)
        case .startTag(let tag) where tag.id == .noframes: inHead(token)
        case .endTag(_, _, let id) where id == .html: mode = .afterAfterFrameset
        default: return
        }
    }

    mutating func afterAfterFrameset(_ token: HTMLToken) {
        switch token {
        case .comment(let text, let offset): insertComment(text, offset: offset, into: 0)
        case .text(let text, let offset): inBody(.text(text.htmlWhitespaceOnly, offset: offset))
        case .startTag(let tag) where tag.id == .html: inBody(token)
        case .startTag(let tag) where tag.id == .noframes: inHead(token)
        default: return
        }
    }
}

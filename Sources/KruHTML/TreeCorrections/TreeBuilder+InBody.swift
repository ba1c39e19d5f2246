/// The "in body" insertion mode: where beginners' pages spend their time.
extension TreeBuilder {
    mutating func inBody(_ token: HTMLToken) {
        switch token {
        case .text(let text, let offset):
            reconstructFormatting()
            insertText(text, offset: offset)
            if !text.isHTMLWhitespace { framesetOK = false }
        case .comment(let text, let offset): insertComment(text, offset: offset)
        case .doctype: return
        case .startTag(let tag): inBodyStartTag(tag)
        case .endTag(let name, let offset, let id): inBodyEndTag(name, id: id, offset: offset)
        case .endOfFile:
            if !templateModes.isEmpty { inTemplate(token) }
        }
    }

    private mutating func inBodyStartTag(_ tag: HTMLToken.StartTag) {
        let kinds = ElementCategories.kinds(tag.id)
        switch tag.id {
        case .html:
            guard !open.contains(where: { isHTML($0, .template) }), let root = open.first else { return }
            addMissingAttributes(tag.attributes, to: root)
        case _ where kinds.has(.headContent):
            inHead(.startTag(tag))
        case .body:
            guard open.count >= 2, isHTML(open[1], .body), !open.contains(where: { isHTML($0, .template) }) else {
                return
            }
            framesetOK = false
            addMissingAttributes(tag.attributes, to: open[1])
        case .frameset:
            // A frameset replaces a body that has no content yet.
            guard framesetOK, open.count >= 2, isHTML(open[1], .body) else { return }
            detach(open[1])
            open.removeSubrange(1...)
            insertElement(tag)
            mode = .inFrameset
        case _ where kinds.has(.closesParagraph):
            closeParagraphIfInButtonScope()
            insertElement(tag)
        case _ where kinds.has(.heading):
            closeParagraphIfInButtonScope()
            if isHTML(currentNode, in: .headings) { open.removeLast() }
            insertElement(tag)
        case .pre, .listing:
            closeParagraphIfInButtonScope()
            insertElement(tag)
            skipLeadingNewline = true
            framesetOK = false
        case .form:
            let inTemplate = open.contains { isHTML($0, .template) }
            if formElement != nil && !inTemplate { return }
            closeParagraphIfInButtonScope()
            let form = insertElement(tag)
            if !inTemplate { formElement = form }
        case .li, .dd, .dt:
            framesetOK = false
            for element in open.reversed() {
                let closes = tag.id == .li ? isHTML(element, .li) : isHTML(element, .dd) || isHTML(element, .dt)
                if closes {
                    let closing: HTMLTag = isHTML(element, .li) ? .li : isHTML(element, .dd) ? .dd : .dt
                    generateImpliedEndTags(except: closing)
                    popUntil(closing)
                    break
                }
                if isSpecial(element) && !isHTML(element, .address) && !isHTML(element, .div) && !isHTML(element, .p) {
                    break
                }
            }
            closeParagraphIfInButtonScope()
            insertElement(tag)
        case .plaintext:
            closeParagraphIfInButtonScope()
            insertTextElement(tag, raw: RawTextRequest(name: "plaintext", decodesReferences: false))
        case .button:
            if hasInScope(.button) {
                generateImpliedEndTags()
                popUntil(.button)
            }
            reconstructFormatting()
            insertElement(tag)
            framesetOK = false
        case .a:
            if let existing = lastFormatting(named: "a") {
                adoptionAgency("a")
                if let index = formattingIndex(of: existing.element) { formatting.remove(at: index) }
                if let index = open.lastIndex(of: existing.element) { open.remove(at: index) }
            }
            reconstructFormatting()
            pushFormatting(insertElement(tag), tag)
        case .nobr:
            reconstructFormatting()
            if hasInScope(.nobr) {
                adoptionAgency("nobr")
                reconstructFormatting()
            }
            pushFormatting(insertElement(tag), tag)
        case _ where kinds.has(.formatting):
            reconstructFormatting()
            pushFormatting(insertElement(tag), tag)
        case .applet, .marquee, .object:
            reconstructFormatting()
            insertElement(tag)
            formatting.append(.marker)
            framesetOK = false
        case .table:
            if !quirks { closeParagraphIfInButtonScope() }
            insertElement(tag)
            framesetOK = false
            mode = .inTable
        case _ where kinds.has(.voidInBody):
            reconstructFormatting()
            insertVoid(tag)
            framesetOK = false
        case .input:
            if hasInScope(.select) { popUntil(.select) }
            reconstructFormatting()
            insertVoid(tag)
            if attributes[tag.attributes].first(where: { $0.name == "type" })?.value.lowercased() != "hidden" { framesetOK = false }
        case .param, .source, .track:
            insertVoid(tag)
        case .hr:
            closeParagraphIfInButtonScope()
            if hasInScope(.select) { generateImpliedEndTags() }
            insertVoid(tag)
            framesetOK = false
        case .image:
            let image = HTMLToken.StartTag(
                name: "img", id: .img, attributes: tag.attributes, selfClosing: tag.selfClosing, offset: tag.offset)
            inBodyStartTag(image)
        case .textarea:
            insertTextElement(tag, raw: RawTextRequest(name: "textarea", decodesReferences: true))
            skipLeadingNewline = true
            framesetOK = false
        case .xmp:
            closeParagraphIfInButtonScope()
            reconstructFormatting()
            framesetOK = false
            insertTextElement(tag, raw: RawTextRequest(name: "xmp", decodesReferences: false))
        case .iframe, .noembed, .noscript:
            if tag.id == .iframe { framesetOK = false }
            insertTextElement(tag, raw: RawTextRequest(name: tag.name, decodesReferences: false))
        case .select:
            // Chromium follows the 2025 "customizable select" parsing: no select
            // insertion modes; a nested <select> closes the open one.
            if hasInScope(.select) {
                popUntil(.select)
                return
            }
            reconstructFormatting()
            insertElement(tag)
            framesetOK = false
        case .option:
            if hasInScope(.select) {
                generateImpliedEndTags(except: .optgroup)
            } else if isHTML(currentNode, .option) {
                open.removeLast()
            }
            reconstructFormatting()
            insertElement(tag)
        case .optgroup:
            if hasInScope(.select) {
                generateImpliedEndTags()
            } else if isHTML(currentNode, .option) {
                open.removeLast()
            }
            reconstructFormatting()
            insertElement(tag)
        case .rb, .rtc:
            if hasInScope(.ruby) { generateImpliedEndTags() }
            insertElement(tag)
        case .rp, .rt:
            if hasInScope(.ruby) { generateImpliedEndTags(except: .rtc) }
            insertElement(tag)
        case .math, .svg:
            reconstructFormatting()
            insertForeign(tag, namespace: tag.id == .svg ? .svg : .mathML)
        case .caption, .col, .colgroup, .frame, .head, .tbody, .td, .tfoot, .th, .thead, .tr:
            return
        default:
            reconstructFormatting()
            insertElement(tag)
        }
    }

    /// `id` is `HTMLTag(name)`.
    private mutating func inBodyEndTag(_ name: String, id: HTMLTag, offset: Int) {
        let kinds = ElementCategories.kinds(id)
        switch id {
        case .template:
            inHead(.endTag(name: name, offset: offset, id: id))
        case .body:
            guard hasInScope(.body) else { return }
            mode = .afterBody
        case .html:
            guard hasInScope(.body) else { return }
            mode = .afterBody
            process(.endTag(name: name, offset: offset, id: id), in: mode)
        case .p:
            if !hasInScope(.p, scope: .button) {
                // `</p>` without an open paragraph makes an empty one.
                insertElement(HTMLToken.StartTag(name: "p", offset: offset))
            }
            closeParagraph()
        case _ where kinds.has(.blockEndTag):
            guard hasInScope(id) else { return }
            generateImpliedEndTags()
            popUntil(id)
        case .form:
            if open.contains(where: { isHTML($0, .template) }) {
                guard hasInScope(.form) else { return }
                generateImpliedEndTags()
                popUntil(.form)
                return
            }
            let form = formElement
            formElement = nil
            guard let form, hasInScope(element: form) else { return }
            generateImpliedEndTags()
            if let index = open.lastIndex(of: form) { open.remove(at: index) }
        case .li:
            guard hasInScope(.li, scope: .listItem) else { return }
            generateImpliedEndTags(except: .li)
            popUntil(.li)
        case .dd, .dt:
            guard hasInScope(id) else { return }
            generateImpliedEndTags(except: id)
            popUntil(id)
        case _ where kinds.has(.heading):
            guard hasAnyInScope(.headings) else { return }
            generateImpliedEndTags()
            popUntil(anyOf: .headings)
        case _ where kinds.has(.formatting):
            adoptionAgency(name)
        case .applet, .marquee, .object:
            guard hasInScope(id) else { return }
            generateImpliedEndTags()
            popUntil(id)
            clearFormattingToLastMarker()
        case .select:
            // Closes the open select and everything inside it.
            guard hasInScope(.select) else { return }
            popUntil(.select)
        case .br:
            // `</br>` is read as `<br>`.
            inBodyStartTag(HTMLToken.StartTag(name: "br", offset: offset))
        default:
            anyOtherEndTag(name)
        }
    }

    /// "Any other end tag" in body: close the nearest element of that name,
    /// unless a special element stands in between.
    mutating func anyOtherEndTag(_ name: String) {
        // No open element has the name: the loop below would end at a special element or at
        // the bottom of the stack, ignoring the tag either way.
        guard open.mayContain(name: name) else { return }
        for index in open.indices.reversed() {
            let element = open[index]
            if isHTML(element, name) {
                generateImpliedEndTags(except: HTMLTag(name))
                open.removeSubrange(index...)
                return
            }
            if isSpecial(element) { return }
        }
    }

    /// The adoption agency algorithm: repairs mis-nested formatting elements
    /// (`<b><i>x</b>y</i>`, `<a>` inside `<a>`, `<b>` around a `<p>` …).
    mutating func adoptionAgency(_ subject: String) {
        if isHTML(currentNode, subject), formattingIndex(of: currentNode) == nil {
            open.removeLast()
            return
        }
        for _ in 0..<8 {
            guard let found = lastFormatting(named: subject) else {
                anyOtherEndTag(subject)
                return
            }
            let formattingElement = found.element
            guard let stackIndex = open.lastIndex(of: formattingElement) else {
                formatting.remove(at: found.index)
                return
            }
            guard hasInScope(element: formattingElement) else { return }
            guard let furthestIndex = open[(stackIndex + 1)...].firstIndex(where: { isSpecial($0) }) else {
                open.removeSubrange(stackIndex...)
                formatting.remove(at: found.index)
                return
            }
            let furthestBlock = open[furthestIndex]
            let commonAncestor = open[stackIndex - 1]
            var bookmark = found.index
            var node = furthestBlock
            var lastNode = furthestBlock
            var nodeIndex = furthestIndex
            var counter = 0
            while true {
                counter += 1
                nodeIndex -= 1
                node = open[nodeIndex]
                if node == formattingElement { break }
                var entryIndex = formattingIndex(of: node)
                if counter > 3, let index = entryIndex {
                    formatting.remove(at: index)
                    if index < bookmark { bookmark -= 1 }
                    entryIndex = nil
                }
                guard let entry = entryIndex, case .element(_, let tag) = formatting[entry] else {
                    open.remove(at: nodeIndex)
                    continue
                }
                let replacement = makeElement(tag)
                formatting[entry] = .element(replacement, tag)
                open.replace(at: nodeIndex, with: replacement, tag: info[replacement].tag, name: name(replacement))
                node = replacement
                if lastNode == furthestBlock { bookmark = entry + 1 }
                append(lastNode, to: node)
                lastNode = node
            }
            let place = insertionPlace(overrideTarget: commonAncestor)
            detach(lastNode)
            insertAtPlace(lastNode, place)
            let clone = makeElement(found.tag)
            moveChildren(of: furthestBlock, to: clone)
            append(clone, to: furthestBlock)
            if let index = formattingIndex(of: formattingElement) {
                formatting.remove(at: index)
                if index < bookmark { bookmark -= 1 }
            }
            formatting.insert(.element(clone, found.tag), at: min(bookmark, formatting.count))
            if let index = open.lastIndex(of: formattingElement) { open.remove(at: index) }
            if let index = open.lastIndex(of: furthestBlock) { open.insert(clone, tag: info[clone].tag, name: name(clone), at: index + 1) }
        }
    }
}

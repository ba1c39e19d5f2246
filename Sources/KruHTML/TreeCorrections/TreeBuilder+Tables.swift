/// Insertion modes inside `<table>`: implied `<tbody>`/`<tr>`, foster parenting.
extension TreeBuilder {
    mutating func inTable(_ token: HTMLToken) {
        switch token {
        case .text where isHTML(currentNode, in: .tableTextContext):
            pendingTableText = []
            originalMode = mode
            mode = .inTableText
            process(token, in: mode)
        case .comment(let text, let offset): insertComment(text, offset: offset)
        case .doctype: return
        case .startTag(let tag):
            switch tag.name {
            case "caption":
                clearStackBack(to: .tableContext)
                formatting.append(.marker)
                insertElement(tag)
                mode = .inCaption
            case "colgroup":
                clearStackBack(to: .tableContext)
                insertElement(tag)
                mode = .inColumnGroup
            case "col":
                clearStackBack(to: .tableContext)
                insertImplied("colgroup")
                mode = .inColumnGroup
                process(token, in: mode)
            case "tbody", "tfoot", "thead":
                clearStackBack(to: .tableContext)
                insertElement(tag)
                mode = .inTableBody
            case "td", "th", "tr":
                clearStackBack(to: .tableContext)
                insertImplied("tbody")
                mode = .inTableBody
                process(token, in: mode)
            case "table":
                guard hasInScope(.table, scope: .table) else { return }
                popUntil(.table)
                resetInsertionMode()
                process(token, in: mode)
            case "style", "script", "template":
                inHead(token)
            case "input" where attributes[tag.attributes].first(where: { $0.name == "type" })?.value.lowercased() == "hidden":
                insertVoid(tag)
            case "form":
                guard formElement == nil, !open.contains(where: { isHTML($0, .template) }) else { return }
                formElement = insertElement(tag)
                open.removeLast()
            default:
                fosterParent(token)
            }
        case .endTag(let name, _, _):
            switch name {
            case "table":
                guard hasInScope(.table, scope: .table) else { return }
                popUntil(.table)
                resetInsertionMode()
            case "body", "caption", "col", "colgroup", "html", "tbody", "td", "tfoot", "th", "thead", "tr":
                return
            case "template": inHead(token)
            default: fosterParent(token)
            }
        case .endOfFile:
            inBody(token)
        default:
            fosterParent(token)
        }
    }

    /// "Anything else" in a table: in-body rules with foster parenting on.
    private mutating func fosterParent(_ token: HTMLToken) {
        fosterParenting = true
        inBody(token)
        fosterParenting = false
    }

    mutating func clearStackBack(to tags: TagSet) {
        while let current = open.last, !isHTML(current, in: tags) { open.removeLast() }
    }

    mutating func inTableText(_ token: HTMLToken) {
        if case .text(let text, let offset) = token {
            pendingTableText.append((text, offset))
            return
        }
        let pending = pendingTableText
        pendingTableText = []
        if pending.contains(where: { !$0.0.isHTMLWhitespace }) {
            for (text, offset) in pending { fosterParent(.text(text, offset: offset)) }
        } else {
            for (text, offset) in pending { insertText(text, offset: offset) }
        }
        mode = originalMode
        process(token, in: mode)
    }

    mutating func inCaption(_ token: HTMLToken) {
        switch token {
        case .endTag(_, _, let id) where id == .caption:
            guard hasInScope(.caption, scope: .table) else { return }
            closeCaption()
        case .startTag(let tag) where ElementCategories.tableParts.contains(tag.name):
            guard hasInScope(.caption, scope: .table) else { return }
            closeCaption()
            process(token, in: mode)
        case .endTag(_, _, let id) where id == .table:
            guard hasInScope(.caption, scope: .table) else { return }
            closeCaption()
            process(token, in: mode)
        case .endTag(let name, _, _)
        where ["body", "col", "colgroup", "html", "tbody", "td", "tfoot", "th", "thead", "tr"].contains(name):
            return
        default:
            inBody(token)
        }
    }

    private mutating func closeCaption() {
        generateImpliedEndTags()
        popUntil(.caption)
        clearFormattingToLastMarker()
        mode = .inTable
    }

    mutating func inColumnGroup(_ token: HTMLToken) {
        switch token {
        case .text(let text, let offset):
            let (space, rest) = text.splitLeadingHTMLWhitespace
            insertText(space, offset: offset)
            guard !rest.isEmpty else { return }
            if isHTML(currentNode, .colgroup) {
                leaveColumnGroup(then: .text(rest, offset: offset + space.utf8.count))
            } else {
                // `<template><col>`: other characters are ignored, whitespace kept.
                insertText(rest.htmlWhitespaceOnly, offset: offset + space.utf8.count)
            }
        case .comment(let text, let offset): insertComment(text, offset: offset)
        case .doctype: return
        case .startTag(let tag) where tag.id == .html: inBody(token)
        case .startTag(let tag) where tag.id == .col: insertVoid(tag)
        case .startTag(let tag) where tag.id == .template: inHead(token)
        case .endTag(_, _, let id) where id == .colgroup:
            guard isHTML(currentNode, .colgroup) else { return }
            open.removeLast()
            mode = .inTable
        case .endTag(_, _, let id) where id == .col: return
        case .endTag(_, _, let id) where id == .template: inHead(token)
        case .endOfFile: inBody(token)
        default: leaveColumnGroup(then: token)
        }
    }

    private mutating func leaveColumnGroup(then token: HTMLToken) {
        guard isHTML(currentNode, .colgroup) else { return }
        open.removeLast()
        mode = .inTable
        process(token, in: mode)
    }

    mutating func inTableBody(_ token: HTMLToken) {
        switch token {
        case .startTag(let tag) where tag.id == .tr:
            clearStackBack(to: .tableBodyContext)
            insertElement(tag)
            mode = .inRow
        case .startTag(let tag) where tag.id == .th || tag.id == .td:
            clearStackBack(to: .tableBodyContext)
            insertImplied("tr")
            mode = .inRow
            process(token, in: mode)
        case .endTag(let name, _, _) where ElementCategories.tableSections.contains(name):
            guard hasInScope(name, scope: .table) else { return }
            clearStackBack(to: .tableBodyContext)
            open.removeLast()
            mode = .inTable
        case .startTag(let tag) where ["caption", "col", "colgroup", "tbody", "tfoot", "thead"].contains(tag.name):
            leaveTableBody(then: token)
        case .endTag(_, _, let id) where id == .table:
            leaveTableBody(then: token)
        case .endTag(let name, _, _) where ["body", "caption", "col", "colgroup", "html", "td", "th", "tr"].contains(name):
            return
        default:
            inTable(token)
        }
    }

    private mutating func leaveTableBody(then token: HTMLToken) {
        guard hasAnyInScope(.tableSections, scope: .table) else { return }
        clearStackBack(to: .tableBodyContext)
        open.removeLast()
        mode = .inTable
        process(token, in: mode)
    }

    mutating func inRow(_ token: HTMLToken) {
        switch token {
        case .startTag(let tag) where tag.id == .th || tag.id == .td:
            clearStackBack(to: .tableRowContext)
            insertElement(tag)
            mode = .inCell
            formatting.append(.marker)
        case .endTag(_, _, let id) where id == .tr:
            guard hasInScope(.tr, scope: .table) else { return }
            clearStackBack(to: .tableRowContext)
            open.removeLast()
            mode = .inTableBody
        case .startTag(let tag) where ["caption", "col", "colgroup", "tbody", "tfoot", "thead", "tr"].contains(tag.name):
            leaveRow(then: token)
        case .endTag(_, _, let id) where id == .table:
            leaveRow(then: token)
        case .endTag(let name, _, _) where ElementCategories.tableSections.contains(name):
            guard hasInScope(name, scope: .table) else { return }
            leaveRow(then: token)
        case .endTag(let name, _, _) where ["body", "caption", "col", "colgroup", "html", "td", "th"].contains(name):
            return
        default:
            inTable(token)
        }
    }

    private mutating func leaveRow(then token: HTMLToken) {
        guard hasInScope(.tr, scope: .table) else { return }
        clearStackBack(to: .tableRowContext)
        open.removeLast()
        mode = .inTableBody
        process(token, in: mode)
    }

    mutating func inCell(_ token: HTMLToken) {
        switch token {
        case .endTag(let name, _, _) where name == "td" || name == "th":
            guard hasInScope(name, scope: .table) else { return }
            generateImpliedEndTags()
            popUntil(name)
            clearFormattingToLastMarker()
            mode = .inRow
        case .startTag(let tag) where ElementCategories.tableParts.contains(tag.name):
            guard hasAnyInScope(.cells, scope: .table) else { return }
            closeCell()
            process(token, in: mode)
        case .endTag(let name, _, _) where ["body", "caption", "col", "colgroup", "html"].contains(name):
            return
        case .endTag(let name, _, _) where ["table", "tbody", "tfoot", "thead", "tr"].contains(name):
            guard hasInScope(name, scope: .table) else { return }
            closeCell()
            process(token, in: mode)
        default:
            inBody(token)
        }
    }

    private mutating func closeCell() {
        generateImpliedEndTags()
        popUntil(anyOf: .cells)
        clearFormattingToLastMarker()
        mode = .inRow
    }
}

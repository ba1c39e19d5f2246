import KruCore

/// Builds the document tree from tokens the way a browser does: the WHATWG
/// "tree construction" stage (insertion modes, the stack of open elements,
/// active formatting elements, foster parenting, the adoption agency).
///
/// libxml2 2.9 follows HTML4 rules, so kru does not keep its tree: the tokens
/// rebuilt from libxml2's events are fed to this builder instead. The
/// rules for each insertion mode live in the extensions of this type.
struct TreeBuilder {
    struct Node {
        var kind: HTMLNode.Kind
        var name: String
        var namespace: HTMLNamespace = .html
        var attributes: [HTMLAttribute] = []
        var text: String = ""
        var parent: Int = -1
        var children: [Int] = []
        /// UTF-8 offset of the node's start in the source; -1 when made up.
        var offset: Int = -1
    }

    enum Mode {
        case initial, beforeHTML, beforeHead, inHead, afterHead, inBody
        case inTable, inTableText, inCaption, inColumnGroup, inTableBody, inRow, inCell
        case inTemplate, afterBody, afterAfterBody
        /// Inside `<script>`, `<style>`, `<title>`, `<textarea>` …: text only.
        case text
    }

    enum FormattingEntry {
        case marker
        case element(Int, HTMLToken.StartTag)
    }

    /// What the token source must do after a start tag whose content a browser
    /// reads as plain text (`<title>`, `<textarea>`, `<noscript>` …).
    struct RawTextRequest: Equatable {
        var name: String
        var decodesReferences: Bool
    }

    var nodes: [Node] = [Node(kind: .document, name: "")]
    var open: [Int] = []
    var formatting: [FormattingEntry] = []
    var mode: Mode = .initial
    var originalMode: Mode = .inBody
    var textOriginalMode: Mode = .inBody
    var templateModes: [Mode] = []
    var headElement: Int?
    var formElement: Int?
    var framesetOK = true
    var fosterParenting = false
    var quirks = false
    var pendingTableText: [(String, Int)] = []
    var skipLeadingNewline = false
    /// Set by a start tag whose content is raw text; the token source clears it.
    var rawTextRequest: RawTextRequest?

    // MARK: - Driving

    mutating func process(_ token: HTMLToken) {
        if case .text(let text, let offset) = token, skipLeadingNewline {
            skipLeadingNewline = false
            if text.utf8.first == UInt8(ascii: "\n") {
                let rest = String(text.utf8.dropFirst())!
                if !rest.isEmpty { process(.text(rest, offset: offset + 1)) }
                return
            }
        } else if skipLeadingNewline, case .endOfFile = token {
            skipLeadingNewline = false
        } else if skipLeadingNewline {
            skipLeadingNewline = false
        }
        if usesForeignContentRules(for: token) {
            processForeign(token)
        } else {
            process(token, in: mode)
        }
    }

    mutating func process(_ token: HTMLToken, in mode: Mode) {
        switch mode {
        case .initial: initial(token)
        case .beforeHTML: beforeHTML(token)
        case .beforeHead: beforeHead(token)
        case .inHead: inHead(token)
        case .afterHead: afterHead(token)
        case .inBody: inBody(token)
        case .inTable: inTable(token)
        case .inTableText: inTableText(token)
        case .inCaption: inCaption(token)
        case .inColumnGroup: inColumnGroup(token)
        case .inTableBody: inTableBody(token)
        case .inRow: inRow(token)
        case .inCell: inCell(token)
        case .inTemplate: inTemplate(token)
        case .afterBody: afterBody(token)
        case .afterAfterBody: afterAfterBody(token)
        case .text: inText(token)
        }
    }

    /// Opens an element whose content is text (`<script>`, `<title>` …). For
    /// elements libxml2 does not read as text itself, asks the token source to
    /// take their content from the raw source.
    mutating func insertTextElement(_ tag: HTMLToken.StartTag, raw: RawTextRequest?) {
        insertElement(tag)
        textOriginalMode = mode
        mode = .text
        rawTextRequest = raw
    }

    /// The "text" insertion mode.
    mutating func inText(_ token: HTMLToken) {
        switch token {
        case .text(let text, let offset): insertText(text, offset: offset)
        case .endTag:
            open.removeLast()
            mode = textOriginalMode
        case .endOfFile:
            open.removeLast()
            mode = textOriginalMode
            process(token, in: mode)
        default: return
        }
    }

    // MARK: - Nodes

    var currentNode: Int { open.last ?? 0 }
    var currentName: String { nodes[currentNode].name }

    func name(_ index: Int) -> String { nodes[index].name }

    func isHTML(_ index: Int, _ name: String) -> Bool {
        nodes[index].namespace == .html && nodes[index].name == name
    }

    func isHTML(_ index: Int, in names: Set<String>) -> Bool {
        nodes[index].namespace == .html && names.contains(nodes[index].name)
    }

    func isSpecial(_ index: Int) -> Bool {
        let node = nodes[index]
        switch node.namespace {
        case .html: return ElementCategories.special.contains(node.name)
        case .svg: return ElementCategories.specialSVG.contains(node.name)
        case .mathML: return ElementCategories.specialMathML.contains(node.name)
        }
    }

    mutating func makeElement(_ tag: HTMLToken.StartTag, namespace: HTMLNamespace = .html) -> Int {
        nodes.append(Node(kind: .element, name: tag.name, namespace: namespace, attributes: tag.attributes, offset: tag.offset))
        return nodes.count - 1
    }

    mutating func makeNode(_ node: Node) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    mutating func makeImplied(_ name: String) -> Int {
        nodes.append(Node(kind: .element, name: name))
        return nodes.count - 1
    }

    mutating func append(_ child: Int, to parent: Int) {
        detach(child)
        nodes[child].parent = parent
        nodes[parent].children.append(child)
    }

    mutating func insert(_ child: Int, into parent: Int, before sibling: Int) {
        detach(child)
        nodes[child].parent = parent
        if let index = nodes[parent].children.firstIndex(of: sibling) {
            nodes[parent].children.insert(child, at: index)
        } else {
            nodes[parent].children.append(child)
        }
    }

    mutating func detach(_ child: Int) {
        let parent = nodes[child].parent
        guard parent >= 0 else { return }
        if let index = nodes[parent].children.lastIndex(of: child) { nodes[parent].children.remove(at: index) }
        nodes[child].parent = -1
    }

    /// "The appropriate place for inserting a node": the current node, or
    /// before the table when foster parenting applies.
    func insertionPlace(overrideTarget: Int? = nil) -> (parent: Int, before: Int?) {
        let target = overrideTarget ?? currentNode
        if fosterParenting, isHTML(target, in: ["table", "tbody", "tfoot", "thead", "tr"]) {
            guard let tableIndex = open.lastIndex(where: { isHTML($0, "table") }) else { return (open[0], nil) }
            let table = open[tableIndex]
            let parent = nodes[table].parent
            if parent >= 0 { return (parent, table) }
            return (open[tableIndex - 1], nil)
        }
        return (target, nil)
    }

    mutating func insertAtPlace(_ node: Int, _ place: (parent: Int, before: Int?)) {
        if let before = place.before {
            insert(node, into: place.parent, before: before)
        } else {
            append(node, to: place.parent)
        }
    }

    /// Inserts an element for a start tag at the appropriate place and pushes it.
    @discardableResult
    mutating func insertElement(_ tag: HTMLToken.StartTag, namespace: HTMLNamespace = .html) -> Int {
        let element = makeElement(tag, namespace: namespace)
        insertAtPlace(element, insertionPlace())
        open.append(element)
        return element
    }

    /// Inserts an element the source does not spell out (`<tbody>`, `<head>` …).
    @discardableResult
    mutating func insertImplied(_ name: String) -> Int {
        let element = makeImplied(name)
        insertAtPlace(element, insertionPlace())
        open.append(element)
        return element
    }

    /// Inserts a void element: pushed and popped at once.
    mutating func insertVoid(_ tag: HTMLToken.StartTag) {
        insertElement(tag)
        open.removeLast()
    }

    mutating func insertText(_ text: String, offset: Int) {
        guard !text.isEmpty else { return }
        let place = insertionPlace()
        if place.parent == 0 { return }  // text never goes at document level
        let siblings = nodes[place.parent].children
        let previous: Int?
        if let before = place.before, let index = siblings.firstIndex(of: before) {
            previous = index > 0 ? siblings[index - 1] : nil
        } else {
            previous = siblings.last
        }
        if let previous, nodes[previous].kind == .text {
            nodes[previous].text += text
            return
        }
        nodes.append(Node(kind: .text, name: "", text: text, offset: offset))
        insertAtPlace(nodes.count - 1, place)
    }

    mutating func insertComment(_ text: String, offset: Int, into parent: Int? = nil) {
        nodes.append(Node(kind: .comment, name: "", text: text, offset: offset))
        if let parent {
            append(nodes.count - 1, to: parent)
        } else {
            insertAtPlace(nodes.count - 1, insertionPlace())
        }
    }

    /// Adds attributes the element lacks (a second `<html>` or `<body>` tag).
    mutating func addMissingAttributes(_ attributes: [HTMLAttribute], to element: Int) {
        for attribute in attributes where !nodes[element].attributes.contains(where: { $0.name == attribute.name }) {
            nodes[element].attributes.append(attribute)
        }
    }

    // MARK: - Stack of open elements

    func hasInScope(_ name: String, scope: Set<String> = ElementCategories.defaultScope) -> Bool {
        for element in open.reversed() {
            if isHTML(element, name) { return true }
            if isScopeBoundary(element, scope) { return false }
        }
        return false
    }

    func hasInScope(element target: Int, scope: Set<String> = ElementCategories.defaultScope) -> Bool {
        for element in open.reversed() {
            if element == target { return true }
            if isScopeBoundary(element, scope) { return false }
        }
        return false
    }

    func hasAnyInScope(_ names: Set<String>, scope: Set<String> = ElementCategories.defaultScope) -> Bool {
        for element in open.reversed() {
            if isHTML(element, in: names) { return true }
            if isScopeBoundary(element, scope) { return false }
        }
        return false
    }

    func hasInSelectScope(_ name: String) -> Bool {
        for element in open.reversed() {
            if isHTML(element, name) { return true }
            if !isHTML(element, in: ["optgroup", "option"]) { return false }
        }
        return false
    }

    private func isScopeBoundary(_ element: Int, _ scope: Set<String>) -> Bool {
        let node = nodes[element]
        switch node.namespace {
        case .html: return scope.contains(node.name)
        case .svg: return scope != ElementCategories.tableScope && ElementCategories.specialSVG.contains(node.name)
        case .mathML: return scope != ElementCategories.tableScope && ElementCategories.specialMathML.contains(node.name)
        }
    }

    mutating func popUntil(_ name: String) {
        while let element = open.popLast() {
            if isHTML(element, name) { return }
        }
    }

    mutating func popUntil(anyOf names: Set<String>) {
        while let element = open.popLast() {
            if isHTML(element, in: names) { return }
        }
    }

    mutating func generateImpliedEndTags(except name: String? = nil) {
        while let current = open.last, isHTML(current, in: ElementCategories.impliedEnd), nodes[current].name != name {
            open.removeLast()
        }
    }

    mutating func closeParagraphIfInButtonScope() {
        if hasInScope("p", scope: ElementCategories.buttonScope) { closeParagraph() }
    }

    mutating func closeParagraph() {
        generateImpliedEndTags(except: "p")
        popUntil("p")
    }

    // MARK: - Active formatting elements

    mutating func pushFormatting(_ element: Int, _ tag: HTMLToken.StartTag) {
        // "Noah's Ark": at most three identical entries after the last marker.
        var count = 0
        var earliest: Int?
        for index in formatting.indices.reversed() {
            guard case .element(_, let other) = formatting[index] else { break }
            if other.name == tag.name && Set(other.attributes) == Set(tag.attributes) {
                count += 1
                earliest = index
            }
        }
        if count >= 3, let earliest { formatting.remove(at: earliest) }
        formatting.append(.element(element, tag))
    }

    mutating func reconstructFormatting() {
        guard case .element(let last, _) = formatting.last, !open.contains(last) else { return }
        var index = formatting.count - 1
        while index > 0 {
            if case .element(let element, _) = formatting[index - 1], !open.contains(element) {
                index -= 1
            } else {
                break
            }
        }
        while index < formatting.count {
            guard case .element(_, let tag) = formatting[index] else { break }
            let element = insertElement(tag)
            formatting[index] = .element(element, tag)
            index += 1
        }
    }

    mutating func clearFormattingToLastMarker() {
        while let entry = formatting.popLast() {
            if case .marker = entry { return }
        }
    }

    func formattingIndex(of element: Int) -> Int? {
        formatting.lastIndex {
            if case .element(let other, _) = $0 { return other == element }
            return false
        }
    }

    /// The last formatting element named `name` after the last marker.
    func lastFormatting(named name: String) -> (index: Int, element: Int, tag: HTMLToken.StartTag)? {
        for index in formatting.indices.reversed() {
            switch formatting[index] {
            case .marker: return nil
            case .element(let element, let tag) where tag.name == name: return (index, element, tag)
            case .element: continue
            }
        }
        return nil
    }

    // MARK: - Insertion mode

    mutating func resetInsertionMode() {
        for index in open.indices.reversed() {
            let element = open[index]
            let last = index == 0
            let name = nodes[element].namespace == .html ? nodes[element].name : ""
            switch name {
            case "td" where !last, "th" where !last: mode = .inCell; return
            case "tr": mode = .inRow; return
            case "tbody", "thead", "tfoot": mode = .inTableBody; return
            case "caption": mode = .inCaption; return
            case "colgroup": mode = .inColumnGroup; return
            case "table": mode = .inTable; return
            case "template": mode = templateModes.last ?? .inBody; return
            case "head" where !last: mode = .inHead; return
            case "body": mode = .inBody; return
            case "html": mode = headElement == nil ? .beforeHead : .afterHead; return
            default: if last { mode = .inBody; return }
            }
        }
        mode = .inBody
    }

    // MARK: - Output

    /// The finished tree, renumbered in document order.
    func finish(locate: (Int) -> SourceLocation?) -> [HTMLNode] {
        var order: [Int] = []
        order.reserveCapacity(nodes.count)
        var newIndex = [Int](repeating: -1, count: nodes.count)
        var stack = [0]
        while let next = stack.popLast() {
            newIndex[next] = order.count
            order.append(next)
            stack.append(contentsOf: nodes[next].children.reversed())
        }
        return order.map { old in
            let node = nodes[old]
            return HTMLNode(
                kind: node.kind, name: node.name, attributes: node.attributes, text: node.text,
                parent: node.parent >= 0 ? NodeID(newIndex[node.parent]) : nil,
                children: node.children.map { NodeID(newIndex[$0]) },
                location: node.offset >= 0 ? locate(node.offset) : nil,
                namespace: node.namespace)
        }
    }
}

extension String {
    /// True when every character is HTML whitespace (space, tab, LF, FF, CR).
    var isHTMLWhitespace: Bool {
        utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C || $0 == 0x0D }
    }

    /// Splits off the leading HTML whitespace: (whitespace, rest).
    var splitLeadingHTMLWhitespace: (String, String) {
        let bytes = utf8
        let end = bytes.firstIndex { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C || $0 == 0x0D) } ?? bytes.endIndex
        return (String(self[..<end]), String(self[end...]))
    }
}

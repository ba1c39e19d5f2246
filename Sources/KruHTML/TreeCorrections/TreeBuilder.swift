import KruCore

/// Builds the document tree from tokens the way a browser does: the WHATWG
/// "tree construction" stage (insertion modes, the stack of open elements,
/// active formatting elements, foster parenting, the adoption agency).
///
/// libxml2 2.9 follows HTML4 rules, so kru builds no tree with it: the tokens
/// ``TokenSource`` reads from the source are fed to this builder instead. The
/// rules for each insertion mode live in the extensions of this type.
struct TreeBuilder {
    /// A node under construction: numbers only, so that making, moving and
    /// dropping nodes costs no reference counting. Names and texts live in
    /// ``strings``, attributes in ``attributes``; ``finish(file:locate:)``
    /// hands both tables to the tree as they are.
    struct Node {
        var kind: HTMLNode.Kind
        var namespace: HTMLNamespace = .html
        /// ``HTMLTag`` raw value of an HTML element's name; 0 when the name is in ``string``.
        var tag: UInt16 = 0
        /// Index in ``TreeBuilder/strings`` of the name (elements without a tag, doctypes)
        /// or of the text (text and comment nodes); -1: none.
        var string = -1
        /// The element's attributes in ``TreeBuilder/attributes``.
        var attributes: Range<Int> = 0..<0
        var parent: Int = -1
        /// Children as a linked list (-1: none), so that inserting, moving and
        /// detaching nodes allocates nothing; ``finish(file:locate:)`` makes a table.
        var firstChild: Int = -1
        var lastChild: Int = -1
        var previousSibling: Int = -1
        var nextSibling: Int = -1
        var childCount = 0
        /// UTF-8 offset of the node's start in the source; -1 when made up.
        var offset: Int = -1
    }

    /// What the builder asks about a node on hot paths, kept apart from
    /// ``Node`` so walks over the stack read two integers per element.
    struct ElementInfo {
        var flags: ElementCategories.Flags
        /// ``HTMLTag`` raw value for HTML elements; 0 otherwise.
        var tag: UInt16
    }

    enum Mode {
        case initial, beforeHTML, beforeHead, inHead, afterHead, inBody
        case inTable, inTableText, inCaption, inColumnGroup, inTableBody, inRow, inCell
        case inTemplate, afterBody, afterAfterBody
        case inFrameset, afterFrameset, afterAfterFrameset
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

    /// The document node first (see ``init(forBytes:)``).
    var nodes: [Node] = []
    /// Names of elements without an ``HTMLTag`` and of doctypes, texts of text and comment nodes.
    private(set) var strings: [String] = []
    /// The attributes of every element, one element after another, and of start tags
    /// (the token source reads them straight into this table).
    var attributes: [HTMLAttribute] = []
    private(set) var info: [ElementInfo] = []
    var open = OpenElements.movedOut
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

    /// A builder holding the document node, with room for the nodes, strings and attributes of a
    /// page of `byteCount` bytes (about one node per 16 bytes): the working tables the thread kept
    /// from its last page (see ``TreeBuilderMemory``), else new ones, each allocated once.
    init(forBytes byteCount: Int = 0) {
        var tables = TreeBuilderMemory.take()
        swap(&nodes, &tables.nodes)
        swap(&info, &tables.info)
        swap(&open, &tables.open)
        nodes.reserveCapacity(byteCount / 16 + 8)
        info.reserveCapacity(byteCount / 16 + 8)
        strings.reserveCapacity(byteCount / 32 + 8)
        // About one attribute per 64 bytes: the table rarely grows step by step.
        attributes.reserveCapacity(byteCount / 64 + 4)
        nodes.append(Node(kind: .document))
        info.append(ElementInfo(flags: [], tag: 0))
    }

    // MARK: - Driving

    /// Whether a text token of HTML whitespace only would change nothing: before `<head>`
    /// ("initial", "before html", "before head") whitespace is ignored.
    var ignoresWhitespaceText: Bool {
        !skipLeadingNewline && (mode == .initial || mode == .beforeHTML || mode == .beforeHead)
    }

    mutating func process(_ token: HTMLToken) {
        if skipLeadingNewline {
            skipLeadingNewline = false
            if case .text(let text, let offset) = token, text.utf8.first == UInt8(ascii: "\n") {
                let rest = String(text.utf8.dropFirst())!
                if !rest.isEmpty { process(.text(rest, offset: offset + 1)) }
                return
            }
        }
        // Most tokens come with an HTML current node: no need to ask the foreign content rules.
        if currentNodeIsForeign, usesForeignContentRules(for: token) {
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
        case .inFrameset: inFrameset(token)
        case .afterFrameset: afterFrameset(token)
        case .afterAfterFrameset: afterAfterFrameset(token)
        case .text: inText(token)
        }
    }

    /// Opens an element whose content is text (`<script>`, `<title>` …) and asks
    /// the token source to take that content from the raw source.
    mutating func insertTextElement(_ tag: HTMLToken.StartTag, raw: RawTextRequest) {
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

    // The questions the rules ask about nodes and the stack are inlined: called from the
    // builder's mutating methods, a method that is not would be handed a copy of the whole
    // builder (one memcpy per call).

    @inline(__always)
    var currentNode: Int { open.last ?? 0 }
    /// Whether the current node is SVG or MathML (`<![CDATA[` is then a CDATA section).
    @inline(__always)
    var currentNodeIsForeign: Bool { !open.isEmpty && nodes[currentNode].namespace != .html }

    /// The name of an element or doctype; "" for other nodes.
    @inline(__always)
    func name(_ index: Int) -> String {
        let node = nodes[index]
        if node.tag != 0 { return HTMLTag.names[Int(node.tag)] }
        return node.string >= 0 && (node.kind == .element || node.kind == .doctype) ? strings[node.string] : ""
    }

    /// The attributes of an element.
    @inline(__always)
    func attributes(of index: Int) -> ArraySlice<HTMLAttribute> { attributes[nodes[index].attributes] }

    @inline(__always)
    func isHTML(_ index: Int, _ name: String) -> Bool {
        nodes[index].namespace == .html && self.name(index) == name
    }

    /// Whether the node is an HTML element of that tag (never for `other`).
    @inline(__always) func isHTML(_ index: Int, _ tag: HTMLTag) -> Bool {
        tag != .other && info[index].tag == tag.rawValue
    }

    @inline(__always)
    func isHTML(_ index: Int, in tags: TagSet) -> Bool {
        nodes[index].namespace == .html && tags.contains(info[index].tag)
    }

    @inline(__always)
    func isSpecial(_ index: Int) -> Bool { info[index].flags.has(.special) }

    /// An element for a start tag: it shares the tag's attributes.
    mutating func makeElement(_ tag: HTMLToken.StartTag, namespace: HTMLNamespace = .html) -> Int {
        if namespace == .html, tag.id != .other {
            // A known HTML name: its tag id says it all, no string needed.
            let id = tag.id.rawValue
            let node = Node(kind: .element, tag: id, attributes: tag.attributes, offset: tag.offset)
            return makeNode(node, info: ElementInfo(flags: ElementCategories.flags(tag: id), tag: id))
        }
        return makeElement(name: tag.name, tag: tag.id, namespace: namespace, attributes: tag.attributes, offset: tag.offset)
    }

    /// An element named `name`; `tag`, when given, is the ``HTMLTag`` of the name.
    mutating func makeElement(
        name: String, tag known: HTMLTag? = nil, namespace: HTMLNamespace = .html, attributes: Range<Int> = 0..<0,
        offset: Int = -1
    ) -> Int {
        var node = Node(kind: .element, namespace: namespace, attributes: attributes, offset: offset)
        let info: ElementInfo
        if namespace == .html {
            let tag = known?.rawValue ?? HTMLTag(name).rawValue
            info = ElementInfo(flags: ElementCategories.flags(tag: tag), tag: tag)
            node.tag = tag
        } else {
            info = ElementInfo(flags: ElementCategories.flags(name: name, namespace: namespace), tag: 0)
        }
        if node.tag == 0 { node.string = store(name) }
        return makeNode(node, info: info)
    }

    /// A doctype, text or comment node holding `string` (its name or text).
    mutating func makeNode(_ kind: HTMLNode.Kind, string: String, offset: Int) -> Int {
        makeNode(Node(kind: kind, string: store(string), offset: offset), info: ElementInfo(flags: [], tag: 0))
    }

    private mutating func store(_ string: String) -> Int {
        strings.append(string)
        return strings.count - 1
    }

    private mutating func makeNode(_ node: Node, info: ElementInfo) -> Int {
        self.info.append(info)
        nodes.append(node)
        return nodes.count - 1
    }

    mutating func makeImplied(_ name: String) -> Int {
        makeElement(name: name)
    }

    // The links are rewritten through one buffer: one uniqueness check per operation, not one per field.

    mutating func append(_ child: Int, to parent: Int) {
        nodes.withUnsafeMutableBufferPointer { nodes in
            Self.detach(child, in: nodes)
            Self.append(child, to: parent, in: nodes)
        }
    }

    /// Inserts `child` before `sibling`, or at the end when `sibling` is not a child of `parent`.
    mutating func insert(_ child: Int, into parent: Int, before sibling: Int) {
        nodes.withUnsafeMutableBufferPointer { nodes in
            Self.detach(child, in: nodes)
            guard nodes[sibling].parent == parent else { return Self.append(child, to: parent, in: nodes) }
            let previous = nodes[sibling].previousSibling
            nodes[child].parent = parent
            nodes[child].previousSibling = previous
            nodes[child].nextSibling = sibling
            nodes[sibling].previousSibling = child
            if previous >= 0 { nodes[previous].nextSibling = child } else { nodes[parent].firstChild = child }
            nodes[parent].childCount += 1
        }
    }

    mutating func detach(_ child: Int) {
        nodes.withUnsafeMutableBufferPointer { Self.detach(child, in: $0) }
    }

    /// Appends a detached `child` to `parent`'s children.
    private static func append(_ child: Int, to parent: Int, in nodes: UnsafeMutableBufferPointer<Node>) {
        let last = nodes[parent].lastChild
        nodes[child].parent = parent
        nodes[child].previousSibling = last
        if last >= 0 { nodes[last].nextSibling = child } else { nodes[parent].firstChild = child }
        nodes[parent].lastChild = child
        nodes[parent].childCount += 1
    }

    private static func detach(_ child: Int, in nodes: UnsafeMutableBufferPointer<Node>) {
        let parent = nodes[child].parent
        guard parent >= 0 else { return }
        let previous = nodes[child].previousSibling
        let next = nodes[child].nextSibling
        if previous >= 0 { nodes[previous].nextSibling = next } else { nodes[parent].firstChild = next }
        if next >= 0 { nodes[next].previousSibling = previous } else { nodes[parent].lastChild = previous }
        nodes[parent].childCount -= 1
        nodes[child].parent = -1
        nodes[child].previousSibling = -1
        nodes[child].nextSibling = -1
    }

    /// Moves every child of `source` to the end of `target`'s children, in order.
    mutating func moveChildren(of source: Int, to target: Int) {
        while nodes[source].firstChild >= 0 { append(nodes[source].firstChild, to: target) }
    }

    /// "The appropriate place for inserting a node": the current node, or
    /// before the table when foster parenting applies.
    @inline(__always)
    func insertionPlace(overrideTarget: Int? = nil) -> (parent: Int, before: Int?) {
        let target = overrideTarget ?? currentNode
        if fosterParenting, isHTML(target, in: .fosterContext) {
            let tableIndex = open.lastIndex { isHTML($0, .table) }
            // Table parts in a `<template>` foster-parent into the template.
            if let templateIndex = open.lastIndex(where: { isHTML($0, .template) }), templateIndex > (tableIndex ?? -1) {
                return (open[templateIndex], nil)
            }
            guard let tableIndex else { return (open[0], nil) }
            let table = open[tableIndex]
            let parent = nodes[table].parent
            if parent >= 0 { return (parent, table) }
            return (open[tableIndex - 1], nil)
        }
        return (target, nil)
    }

    /// How deep Chromium nests elements: past 512 open elements, a new element
    /// or comment goes beside the current node instead of inside it (text still
    /// goes inside), so 10,000 nested `<div>`s make a tree 512 deep.
    static let maximumDepth = 512

    @inline(__always)
    func depthLimited(_ place: (parent: Int, before: Int?)) -> (parent: Int, before: Int?) {
        guard open.count > Self.maximumDepth, place.before == nil, nodes[place.parent].parent >= 0 else { return place }
        return (nodes[place.parent].parent, nil)
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
        insertAtPlace(element, depthLimited(insertionPlace()))
        let id = info[element].tag
        // Only elements without a tag id are counted by name.
        open.append(element, tag: id, name: id == 0 ? name(element) : "")
        return element
    }

    /// Inserts an element the source does not spell out (`<tbody>`, `<head>` …).
    @discardableResult
    mutating func insertImplied(_ name: String) -> Int {
        let element = makeImplied(name)
        insertAtPlace(element, depthLimited(insertionPlace()))
        open.append(element, tag: info[element].tag, name: name)
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
        let previous: Int
        if let before = place.before, nodes[before].parent == place.parent {
            previous = nodes[before].previousSibling
        } else {
            previous = nodes[place.parent].lastChild
        }
        if previous >= 0, nodes[previous].kind == .text {
            strings[nodes[previous].string] += text
            return
        }
        insertAtPlace(makeNode(.text, string: text, offset: offset), place)
    }

    mutating func insertComment(_ text: String, offset: Int, into parent: Int? = nil) {
        let comment = makeNode(.comment, string: text, offset: offset)
        if let parent {
            append(comment, to: parent)
        } else {
            insertAtPlace(comment, depthLimited(insertionPlace()))
        }
    }

    /// Adds attributes the element lacks (a second `<html>` or `<body>` tag).
    mutating func addMissingAttributes(_ new: Range<Int>, to element: Int) {
        var list = Array(attributes(of: element))
        for attribute in attributes[new] where !list.contains(where: { $0.name == attribute.name }) { list.append(attribute) }
        guard list.count > nodes[element].attributes.count else { return }
        // The element's attributes move to the end of the table, where they can grow.
        let start = attributes.count
        attributes += list
        nodes[element].attributes = start..<attributes.count
    }

    // MARK: - Stack of open elements

    @inline(__always)
    func hasInScope(_ name: String, scope: Scope = .default) -> Bool {
        let tag = HTMLTag(name).rawValue
        guard tag != 0 else { return hasInScope(scope) { isHTML($0, name) } }
        return walkScope(scope, tag: tag, element: -1)
    }

    @inline(__always)
    func hasInScope(_ tag: HTMLTag, scope: Scope = .default) -> Bool {
        tag == .other ? false : walkScope(scope, tag: tag.rawValue, element: -1)
    }

    @inline(__always)
    func hasInScope(element target: Int, scope: Scope = .default) -> Bool {
        walkScope(scope, tag: 0, element: target)
    }

    /// Walks the stack of open elements from the top to the scope's boundary,
    /// looking for an element with that tag id or that index (plain loops over
    /// integers: deep stacks of broken pages stay fast).
    @inline(__always)
    private func walkScope(_ scope: Scope, tag: UInt16, element target: Int) -> Bool {
        // No element of the tag is open at all: nothing to walk.
        if target < 0 && tag != 0 && !open.contains(tag: tag) { return false }
        let boundary = scope.boundary
        return open.withUnsafeBufferPointer { stack in
            info.withUnsafeBufferPointer { info in
                var index = stack.count - 1
                while index >= 0 {
                    let element = stack[index]
                    if element == target || (tag != 0 && info[element].tag == tag) { return true }
                    if info[element].flags.has(boundary) { return false }
                    index -= 1
                }
                return false
            }
        }
    }

    @inline(__always)
    private func hasInScope(_ scope: Scope, where matches: (Int) -> Bool) -> Bool {
        let boundary = scope.boundary
        var index = open.count - 1
        while index >= 0 {
            let element = open[index]
            if matches(element) { return true }
            if info[element].flags.has(boundary) { return false }
            index -= 1
        }
        return false
    }

    /// Whether an element is on the stack of open elements.
    @inline(__always)
    func isOpen(_ element: Int) -> Bool {
        open.withUnsafeBufferPointer { stack in
            var index = stack.count - 1
            while index >= 0 {
                if stack[index] == element { return true }
                index -= 1
            }
            return false
        }
    }

    @inline(__always)
    func hasAnyInScope(_ tags: TagSet, scope: Scope = .default) -> Bool {
        // None of them open at all: nothing to walk.
        if tags.allMembers(satisfy: { !open.contains(tag: $0) }) { return false }
        return hasInScope(scope) { isHTML($0, in: tags) }
    }

    mutating func popUntil(_ name: String) {
        while let element = open.popLast() {
            if isHTML(element, name) { return }
        }
    }

    mutating func popUntil(anyOf tags: TagSet) {
        while let element = open.popLast() {
            if isHTML(element, in: tags) { return }
        }
    }

    mutating func popUntil(_ tag: HTMLTag) {
        while let element = open.popLast() {
            if isHTML(element, tag) { return }
        }
    }

    /// Pops elements that close implicitly, except those of the tag `except`.
    mutating func generateImpliedEndTags(except tag: HTMLTag = .other) {
        // Such elements are all HTML elements with tags: comparing tags compares names.
        while let current = open.last, info[current].flags.has(.impliedEnd), tag == .other || info[current].tag != tag.rawValue {
            open.removeLast()
        }
    }

    mutating func closeParagraphIfInButtonScope() {
        if hasInScope(.p, scope: .button) { closeParagraph() }
    }

    mutating func closeParagraph() {
        generateImpliedEndTags(except: .p)
        popUntil(.p)
    }

    // MARK: - Active formatting elements

    mutating func pushFormatting(_ element: Int, _ tag: HTMLToken.StartTag) {
        // "Noah's Ark": at most three identical entries after the last marker.
        var count = 0
        var earliest: Int?
        for index in formatting.indices.reversed() {
            guard case .element(_, let other) = formatting[index] else { break }
            if other.name == tag.name
                && (other.attributes == tag.attributes || Set(attributes[other.attributes]) == Set(attributes[tag.attributes]))
            {
                count += 1
                earliest = index
            }
        }
        if count >= 3, let earliest { formatting.remove(at: earliest) }
        formatting.append(.element(element, tag))
    }

    mutating func reconstructFormatting() {
        guard case .element(let last, _) = formatting.last, !isOpen(last) else { return }
        var index = formatting.count - 1
        while index > 0 {
            if case .element(let element, _) = formatting[index - 1], !isOpen(element) {
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

    @inline(__always)
    func formattingIndex(of element: Int) -> Int? {
        formatting.lastIndex {
            if case .element(let other, _) = $0 { return other == element }
            return false
        }
    }

    /// The last formatting element named `name` after the last marker.
    @inline(__always)
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
            let name = nodes[element].namespace == .html ? name(element) : ""
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

    /// The finished tree, renumbered in document order (`file` names the
    /// locations). Its nodes share three tables: the children, one node after
    /// another, made here; and the builder's attributes and strings, which move
    /// to the tree as they are: the builder is left without them, and its working
    /// tables go to ``TreeBuilderMemory`` for the thread's next page (call once, last).
    /// `locate` gives the 1-based line and column of a byte offset.
    mutating func finish(file: String, locate: (Int) -> (line: Int, column: Int)) -> [HTMLNode] {
        var attributes: [HTMLAttribute] = []
        var strings: [String] = []
        swap(&attributes, &self.attributes)
        swap(&strings, &self.strings)
        let tree = nodes.withUnsafeBufferPointer { nodes in
            Self.tree(of: nodes, file: file, attributes: attributes, strings: strings, locate: locate)
        }
        // The working tables serve the thread's next page, emptied.
        nodes.removeAll(keepingCapacity: true)
        info.removeAll(keepingCapacity: true)
        open.removeAll()
        var tables = TreeBuilderMemory.Tables(nodes: [], info: [], open: .movedOut)
        swap(&tables.nodes, &nodes)
        swap(&tables.info, &info)
        swap(&tables.open, &open)
        TreeBuilderMemory.keep(&tables)
        return tree
    }

    /// See ``finish(file:locate:)``.
    private static func tree(
        of nodes: UnsafeBufferPointer<Node>, file: String, attributes: [HTMLAttribute], strings: [String],
        locate: (Int) -> (line: Int, column: Int)
    ) -> [HTMLNode] {
        // Document order is a pre-order walk over the child lists, from the document node.
        // Each node's children go to the table as the walk meets the node (old indices
        // first), so that each node's children follow those of the node before it.
        var children: [NodeID] = []
        children.reserveCapacity(nodes.count - 1)
        var count = 0
        // Whether nodes were made in document order (they usually are): no renumbering then.
        var inOrder = true
        var next: Int? = 0
        while let node = next {
            inOrder = inOrder && node == count
            count += 1
            var child = nodes[node].firstChild
            while child >= 0 {
                children.append(NodeID(child))
                child = nodes[child].nextSibling
            }
            next = nextInDocumentOrder(after: node, in: nodes)
        }
        // Old index -> new index, when they differ.
        var newIndex: [Int] = []
        if !inOrder {
            newIndex = [Int](repeating: -1, count: nodes.count)
            var position = 0
            next = 0
            while let node = next {
                newIndex[node] = position
                position += 1
                next = nextInDocumentOrder(after: node, in: nodes)
            }
            for index in children.indices { children[index] = NodeID(newIndex[children[index].index]) }
        }
        let tables = TreeTables(file: file, children: children, attributes: attributes, strings: strings)
        // Every index and count of a node fits its 32 bits: checked once here, not per field.
        precondition(max(nodes.count, attributes.count, strings.count) <= Int(Int32.max), "too many nodes")
        var tree: [HTMLNode] = []
        tree.reserveCapacity(count)
        var childStart = 0
        next = 0
        while let old = next {
            let node = nodes[old]
            var line = 0
            var column = 0
            if node.offset >= 0 { (line, column) = locate(node.offset) }
            let isText = node.kind == .text || node.kind == .comment
            let string = Int32(truncatingIfNeeded: node.string)
            let parent = node.parent < 0 ? -1 : inOrder ? node.parent : newIndex[node.parent]
            tree.append(
                HTMLNode(
                    kind: node.kind, tag: node.tag, namespace: node.namespace, tables: tables, name: isText ? -1 : string,
                    text: isText ? string : -1, parent: Int32(truncatingIfNeeded: parent),
                    line: Int32(clamping: line), column: Int32(clamping: column),
                    childStart: Int32(truncatingIfNeeded: childStart), childCount: Int32(truncatingIfNeeded: node.childCount),
                    attributeStart: Int32(truncatingIfNeeded: node.attributes.lowerBound),
                    attributeCount: Int32(truncatingIfNeeded: node.attributes.count)))
            childStart += node.childCount
            if inOrder {
                next = old + 1 < count ? old + 1 : nil
            } else {
                next = nextInDocumentOrder(after: old, in: nodes)
            }
        }
        return tree
    }

    /// The node after `node` in a pre-order walk of the tree from the document node; `nil` at the end.
    private static func nextInDocumentOrder(after node: Int, in nodes: UnsafeBufferPointer<Node>) -> Int? {
        if nodes[node].firstChild >= 0 { return nodes[node].firstChild }
        var next = node
        while next != 0, nodes[next].nextSibling < 0 { next = nodes[next].parent }
        return next == 0 ? nil : nodes[next].nextSibling
    }
}

extension String {
    /// True when every character is HTML whitespace (space, tab, LF, FF, CR).
    var isHTMLWhitespace: Bool {
        // A native string's bytes are read in place, without copying the string.
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isWhitespace) } ?? utf8.allSatisfy(isWhitespace)
    }

    /// Only the HTML whitespace characters (where other characters are ignored).
    var htmlWhitespaceOnly: String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" || $0 == "\r" }))
    }

    /// Splits off the leading HTML whitespace: (whitespace, rest).
    var splitLeadingHTMLWhitespace: (String, String) {
        // A native string's bytes are counted in place, without stepping string indices.
        let count = utf8.withContiguousStorageIfAvailable { $0.prefix(while: isWhitespace).count }
            ?? utf8.prefix(while: isWhitespace).count
        // All whitespace, or none: no new strings.
        if count == utf8.count { return (self, "") }
        if count == 0 { return ("", self) }
        let end = utf8.index(utf8.startIndex, offsetBy: count)
        return (String(self[..<end]), String(self[end...]))
    }
}

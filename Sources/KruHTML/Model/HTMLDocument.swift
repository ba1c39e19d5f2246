import KruCore
import Synchronization

/// A parsed HTML page: an immutable tree shaped as a browser builds it
/// (WHATWG tree construction), with source locations, plus what the parser
/// noticed about the raw source.
///
/// Values of this type hold no C pointers: the tree is kru's own reading of
/// the source, and libxml2, when it reads the page for ``parserMessages``,
/// is done with it before they are returned.
public struct HTMLDocument: Sendable {
    /// Everything in one shared object, so that copying a document (every
    /// ``Element`` holds one) costs one reference count, not one per field.
    private final class Storage: Sendable {
        let file: String
        let source: String
        let nodes: [HTMLNode]
        let lines: LineIndex
        let quirksMode: Bool
        /// libxml2's messages once read (see ``HTMLDocument/parserMessages``).
        let parserMessages: Mutex<[ParserMessage]?>
        /// How many open elements libxml2 may hold while it reads them.
        let libxml2DepthLimit: Int

        init(
            file: String, source: String, nodes: [HTMLNode], lines: LineIndex, parserMessages: [ParserMessage]?,
            libxml2DepthLimit: Int, quirksMode: Bool
        ) {
            self.file = file
            self.source = source
            self.nodes = nodes
            self.lines = lines
            self.parserMessages = Mutex(parserMessages)
            self.libxml2DepthLimit = libxml2DepthLimit
            self.quirksMode = quirksMode
        }
    }

    private let storage: Storage

    /// The file the page was read from, relative to the submission.
    public var file: String { storage.file }
    /// The decoded source text.
    public var source: String { storage.source }
    /// Every node in document order; `nodes[0]` is the document node.
    public var nodes: [HTMLNode] { storage.nodes }
    /// Maps byte offsets of `source` to lines and columns.
    public var lines: LineIndex { storage.lines }
    /// Problems libxml2's parser reports about the source, in source order.
    ///
    /// Read when first asked for, then kept: the tree is kru's own reading of the source, and
    /// grading never asks, so a page libxml2 never needs to read costs nothing here.
    public var parserMessages: [ParserMessage] {
        storage.parserMessages.withLock { messages in
            if let messages { return messages }
            let read = HTMLParser.messages(in: storage.source, lines: storage.lines, libxml2DepthLimit: storage.libxml2DepthLimit)
            messages = read
            return read
        }
    }
    /// Whether a browser renders the page in quirks mode: no `<!DOCTYPE html>`
    /// before the first tag, or a legacy doctype. Quirks mode changes how the
    /// page is styled (class and id selectors ignore case, lengths without a
    /// unit are accepted) and built (a `<table>` does not close an open `<p>`).
    public var quirksMode: Bool { storage.quirksMode }

    public init(file: String, source: String, nodes: [HTMLNode], parserMessages: [ParserMessage], quirksMode: Bool = false) {
        self.init(
            source: source, lines: LineIndex(text: source, file: file), nodes: nodes, parserMessages: parserMessages,
            libxml2DepthLimit: Libxml2Messages.depthLimit, quirksMode: quirksMode)
    }

    /// A document whose source the parser has already indexed (`lines` names the file).
    /// `parserMessages`: `nil` to have libxml2 read them from the source when first asked
    /// for, stopped past `libxml2DepthLimit` open elements.
    init(
        source: String, lines: LineIndex, nodes: [HTMLNode], parserMessages: [ParserMessage]?, libxml2DepthLimit: Int,
        quirksMode: Bool
    ) {
        precondition(nodes.first?.kind == .document, "nodes[0] must be the document node")
        storage = Storage(
            file: lines.file, source: source, nodes: nodes, lines: lines, parserMessages: parserMessages,
            libxml2DepthLimit: libxml2DepthLimit, quirksMode: quirksMode)
    }

    /// The document node's id.
    public var rootID: NodeID { NodeID(0) }

    public subscript(id: NodeID) -> HTMLNode { storage.nodes[id.index] }

    /// The `<html>` element.
    public var documentElement: Element? {
        self[rootID].children.lazy.map { Element(document: self, id: $0) }.first { $0.node.kind == .element }
    }

    /// The `<head>` element.
    public var head: Element? { documentElement?.children.first { $0.name == "head" } }

    /// The `<body>` element.
    public var body: Element? { documentElement?.children.first { $0.name == "body" } }

    /// The doctype node, when the page has one.
    public var doctype: HTMLNode? { self[rootID].children.lazy.map { self[$0] }.first { $0.kind == .doctype } }

    /// Every element in document order.
    public var elements: [Element] {
        nodes.indices.lazy.filter { self.nodes[$0].kind == .element }.map { Element(document: self, id: NodeID($0)) }
    }

    /// Elements with a tag name (case-insensitive), in document order.
    public func elements(named name: String) -> [Element] {
        let lower = name.lowercased()
        return nodes.indices.lazy
            .filter { self.nodes[$0].kind == .element && self.nodes[$0].name == lower }
            .map { Element(document: self, id: NodeID($0)) }
    }

    /// The text of a node and all its descendants, as `Node.textContent`.
    public func textContent(of id: NodeID) -> String {
        let node = self[id]
        switch node.kind {
        case .text: return node.text
        case .comment, .doctype: return ""
        case .element, .document:
            var result = ""
            var stack = node.children.reversed() as [NodeID]
            while let next = stack.popLast() {
                let child = self[next]
                if child.kind == .text {
                    result += child.text
                } else if child.kind == .element {
                    stack.append(contentsOf: child.children.reversed())
                }
            }
            return result
        }
    }
}

/// A message from libxml2's parser, with the place it is about.
public struct ParserMessage: Hashable, Sendable {
    /// libxml2's error code (`xmlParserErrors`).
    public let code: Int
    /// libxml2's English message, trimmed.
    public let message: String
    /// Where libxml2's reader was when it noticed the problem (usually just
    /// after the tag or text it is about).
    public let location: SourceLocation
    /// The same place as a UTF-8 byte offset into ``HTMLDocument/source``
    /// (`-1` when unknown).
    public let offset: Int

    public init(code: Int, message: String, location: SourceLocation, offset: Int = -1) {
        self.code = code
        self.message = message
        self.location = location
        self.offset = offset
    }
}

import CLibXML2
import KruCore

/// Builds ``XMLElement`` values straight from libxml2's SAX events, so that
/// libxml2 builds no tree of its own that would be walked and freed.
///
/// Elements are finished at their end tag, innermost first, with an explicit
/// stack of open elements (libxml2 refuses nesting deeper than 256 anyway).
/// What each element gets is what libxml2's tree would hold: the local name,
/// the attributes by local name (a name under two prefixes keeps the last
/// value), the text and CDATA directly inside, and the line and column of
/// its `<`.
struct ElementBuilder {
    /// An element whose end tag has not come yet.
    private struct Open {
        var element: XMLElement
        var children: [XMLElement] = []
    }

    /// Lines of the bytes being parsed (libxml2's offsets are offsets into them).
    private let lines: LineIndex
    private var open: [Open] = []
    /// The root element, once its end tag has come.
    private(set) var root: XMLElement?

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        lines = LineIndex(utf8: bytes, file: file)
        open.reserveCapacity(8)
    }

    /// Installs the element and text callbacks on a context's SAX handler;
    /// each finds its builder through the context's `kru_xml_guard`.
    static func install(on handler: UnsafeMutablePointer<xmlSAXHandler>) {
        handler.pointee.startElementNs = { context, localName, _, _, _, _, attributeCount, _, attributes in
            guard let builder = ElementBuilder.builder(of: context) else { return }
            builder.pointee.start(localName, attributes: attributes, count: Int(attributeCount), context: context)
        }
        handler.pointee.endElementNs = { context, _, _, _ in
            ElementBuilder.builder(of: context)?.pointee.end()
        }
        handler.pointee.characters = { context, characters, length in
            guard let characters, length > 0 else { return }
            ElementBuilder.builder(of: context)?.pointee.text(UnsafeBufferPointer(start: characters, count: Int(length)))
        }
        handler.pointee.ignorableWhitespace = handler.pointee.characters
        handler.pointee.cdataBlock = handler.pointee.characters
    }

    // MARK: Events

    private mutating func start(
        _ localName: UnsafePointer<xmlChar>?, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int,
        context: UnsafeMutableRawPointer?
    ) {
        let location: SourceLocation?
        if let offset = Self.startTagOffset(context) {
            location = lines.location(ofByteOffset: offset)
        } else {
            let line = Self.currentLine(context)
            location = line > 0 ? SourceLocation(file: lines.file, line: line, column: 1) : nil
        }
        let element = XMLElement(
            name: localName.map { String(cString: $0) } ?? "",
            attributes: Self.attributes(attributes, count: count), location: location)
        open.append(Open(element: element))
    }

    private mutating func end() {
        guard var finished = open.popLast() else { return }
        finished.element.children = finished.children
        if open.isEmpty {
            root = finished.element
        } else {
            open[open.count - 1].children.append(finished.element)
        }
    }

    private mutating func text(_ characters: UnsafeBufferPointer<xmlChar>) {
        guard !open.isEmpty else { return }
        let text = String(decoding: characters, as: UTF8.self)
        if open[open.count - 1].element.text.isEmpty {
            open[open.count - 1].element.text = text
        } else {
            open[open.count - 1].element.text += text
        }
    }

    /// libxml2's attributes: five pointers each (local name, prefix, URI,
    /// value start, value end).
    private static func attributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) -> XMLAttributes {
        guard let list, count > 0 else { return XMLAttributes() }
        var result = XMLAttributes(capacity: count)
        for index in 0..<count {
            let fields = list + 5 * index
            guard let name = fields[0], let start = fields[3], let end = fields[4] else { continue }
            let value = Self.value(UnsafeBufferPointer(start: start, count: end - start))
            // libxml2 refuses a name given twice, but two prefixes can give one
            // local name twice (`a:x`, `b:x`): then the last one wins.
            if fields[1] == nil {
                result.appendNew(name: String(cString: name), value: value)
            } else {
                result[String(cString: name)] = value
            }
        }
        return result
    }

    /// An attribute value as libxml2 hands it over without entity
    /// substitution: every reference already replaced, except that an `&`
    /// (written `&amp;` or `&#38;`) arrives as `&#38;`.
    private static func value(_ raw: UnsafeBufferPointer<xmlChar>) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        let escaped: [UInt8] = Array("&#38;".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            if raw[index] == UInt8(ascii: "&"), raw[index...].starts(with: escaped) {
                bytes.append(UInt8(ascii: "&"))
                index += escaped.count
            } else {
                bytes.append(raw[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: The parser's state

    /// The builder behind a libxml2 context pointer.
    private static func builder(of pointer: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<ElementBuilder>? {
        guard let report = context(pointer)?.pointee._private?.assumingMemoryBound(to: kru_xml_guard.self) else {
            return nil
        }
        return report.pointee.builder?.assumingMemoryBound(to: ElementBuilder.self)
    }

    private static func context(_ pointer: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<xmlParserCtxt>? {
        pointer?.assumingMemoryBound(to: xmlParserCtxt.self)
    }

    /// The byte offset of the `<` of the start tag libxml2 has just read: the
    /// last `<` before its cursor (an attribute value holds none).
    private static func startTagOffset(_ pointer: UnsafeMutableRawPointer?) -> Int? {
        guard let input = context(pointer)?.pointee.input, let base = input.pointee.base,
            var cursor = input.pointee.cur
        else { return nil }
        while cursor > base, cursor.pointee != UInt8(ascii: "<") { cursor -= 1 }
        guard cursor.pointee == UInt8(ascii: "<") else { return nil }
        return Int(input.pointee.consumed) + (cursor - base)
    }

    private static func currentLine(_ pointer: UnsafeMutableRawPointer?) -> Int {
        Int(context(pointer)?.pointee.input?.pointee.line ?? 0)
    }
}

import CLibXML2
import KruCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Receives a document's elements and text as ``XMLReader/read(text:file:into:)``
/// reads them, in document order, so that a caller can build its own values
/// without an ``XMLElement`` tree in between.
///
/// The reader checks the document exactly as ``XMLReader/parse(text:file:)``
/// does (and throws the same errors); the events of a document that turns
/// out to be broken are not to be trusted.
public protocol XMLEventHandler {
    /// A start tag (or an empty-element tag, followed at once by its end).
    mutating func startElement(_ tag: borrowing XMLStartTag)
    /// Text directly inside the innermost open element (character data,
    /// CDATA, references replaced); one run of text may come in several pieces.
    mutating func characters(_ text: borrowing XMLCharacters)
    /// The end of the innermost open element.
    mutating func endElement()
}

/// A start tag being read: its local name, attributes and place, each made
/// into Swift values only when asked for. It cannot be kept (it is
/// noncopyable and lent for one ``XMLEventHandler/startElement(_:)`` call),
/// so what it points into never outlives the parse.
public struct XMLStartTag: ~Copyable {
    private let localName: UnsafePointer<xmlChar>
    /// libxml2's attributes: five pointers each (local name, prefix, URI, value start, value end).
    private let attributeFields: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    private let attributeCount: Int
    private let offset: Int?
    private let line: Int
    private let lines: UnsafePointer<LineIndex>

    init(
        localName: UnsafePointer<xmlChar>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        attributeCount: Int, offset: Int?, line: Int, lines: UnsafePointer<LineIndex>
    ) {
        self.localName = localName
        self.attributeFields = attributes
        self.attributeCount = attributeCount
        self.offset = offset
        self.line = line
        self.lines = lines
    }

    /// The local name (without namespace prefix).
    public var name: String { String(cString: localName) }

    /// Whether the local name is `name`, without making a string of it.
    public func hasName(_ name: StaticString) -> Bool {
        strcmp(UnsafeRawPointer(localName).assumingMemoryBound(to: CChar.self),
               UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
    }

    /// Where the `<` of the tag is.
    public var location: SourceLocation? {
        if let offset { return lines.pointee.location(ofByteOffset: offset) }
        return line > 0 ? SourceLocation(file: lines.pointee.file, line: line, column: 1) : nil
    }

    /// The value of the attribute with this local name (the last one when two
    /// prefixes give the name twice), or `nil`.
    public func attribute(_ name: StaticString) -> String? {
        var found: String?
        forEachAttribute { localName, _, value in
            if strcmp(UnsafeRawPointer(localName).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0 {
                found = Self.value(value)
            }
        }
        return found
    }

    /// Every attribute by local name (a name under two prefixes keeps the last value).
    public var attributes: XMLAttributes {
        guard attributeCount > 0 else { return XMLAttributes() }
        var result = XMLAttributes(capacity: attributeCount)
        forEachAttribute { localName, prefixed, value in
            // libxml2 refuses a name given twice, but two prefixes can give one
            // local name twice (`a:x`, `b:x`): then the last one wins.
            if prefixed {
                result[String(cString: localName)] = Self.value(value)
            } else {
                result.appendNew(name: String(cString: localName), value: Self.value(value))
            }
        }
        return result
    }

    private func forEachAttribute(
        _ body: (UnsafePointer<xmlChar>, Bool, UnsafeBufferPointer<xmlChar>) -> Void
    ) {
        guard let attributeFields else { return }
        for index in 0..<attributeCount {
            let fields = attributeFields + 5 * index
            guard let name = fields[0], let start = fields[3], let end = fields[4] else { continue }
            body(name, fields[1] != nil, UnsafeBufferPointer(start: start, count: end - start))
        }
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
}

/// A piece of text being read, made into a string only when asked for; lent
/// for one ``XMLEventHandler/characters(_:)`` call.
public struct XMLCharacters: ~Copyable {
    private let bytes: UnsafeBufferPointer<xmlChar>

    init(bytes: UnsafeBufferPointer<xmlChar>) {
        self.bytes = bytes
    }

    /// The text.
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}

import CLibXML2
import Foundation
import KruCore

/// Why a file could not be parsed as HTML at all.
public struct HTMLParseError: Error, Hashable, Sendable {
    public let file: String
    public let message: LocalizedText
}

/// Parses HTML with libxml2 into an ``HTMLDocument``.
public enum HTMLParser {
    /// Parses the bytes of a file: decodes them (UTF-8), parses, converts the
    /// tree and frees libxml2's copy.
    public static func parse(data: Data, file: String) throws(HTMLParseError) -> HTMLDocument {
        switch TextDecoding.decodeUTF8(data) {
        case .success(let text): return parse(text: text, file: file)
        case .failure(let failure):
            throw HTMLParseError(file: file, message: TextDecoding.message(failure, file: file))
        }
    }

    /// Parses decoded text.
    public static func parse(text: String, file: String = "index.html") -> HTMLDocument {
        var nodes: [HTMLNode] = []
        let lines = LineIndex(text: text, file: file)
        let bytes = Array(text.utf8)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), file, "UTF-8", Int32(kru_html_parse_options()))
            }
        }
        defer { if let doc { xmlFreeDoc(doc) } }
        nodes = TreeConverter.convert(doc, lines: lines)
        return HTMLDocument(file: file, source: text, nodes: nodes, parserMessages: [])
    }
}

/// Converts libxml2's tree into ``HTMLNode`` values in document order.
enum TreeConverter {
    private struct Pending {
        var kind: HTMLNode.Kind
        var name: String
        var attributes: [HTMLAttribute]
        var text: String
        var parent: Int?
        var children: [Int] = []
        var location: SourceLocation?
    }

    static func convert(_ doc: htmlDocPtr?, lines: LineIndex) -> [HTMLNode] {
        var pending: [Pending] = [Pending(kind: .document, name: "", attributes: [], text: "", parent: nil)]
        guard let doc else { return freeze(pending) }
        // Iterative pre-order walk: deep nesting in hostile input cannot exhaust the stack.
        var stack: [(xmlNodePtr, Int)] = []
        var child = doc.pointee.children
        var firstLevel: [xmlNodePtr] = []
        while let current = child {
            firstLevel.append(current)
            child = current.pointee.next
        }
        for node in firstLevel.reversed() { stack.append((node, 0)) }
        while let (node, parentIndex) = stack.popLast() {
            guard let converted = convertNode(node, lines: lines, parent: parentIndex) else { continue }
            let index = pending.count
            pending.append(converted)
            pending[parentIndex].children.append(index)
            if converted.kind == .element {
                var kids: [xmlNodePtr] = []
                var next = node.pointee.children
                while let current = next {
                    kids.append(current)
                    next = current.pointee.next
                }
                for kid in kids.reversed() { stack.append((kid, index)) }
            }
        }
        return freeze(pending)
    }

    private static func convertNode(_ node: xmlNodePtr, lines: LineIndex, parent: Int) -> Pending? {
        let line = Int(xmlGetLineNo(node))
        let location = line > 0 ? SourceLocation(file: lines.file, line: line, column: 1) : nil
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            var attributes: [HTMLAttribute] = []
            var attribute = node.pointee.properties
            while let current = attribute {
                let name = string(current.pointee.name).lowercased()
                var value = ""
                if let raw = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                    value = String(cString: raw)
                    kru_xml_free(raw)
                }
                attributes.append(HTMLAttribute(name: name, value: value))
                attribute = current.pointee.next
            }
            return Pending(
                kind: .element, name: string(node.pointee.name).lowercased(), attributes: attributes,
                text: "", parent: parent, location: location)
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return Pending(kind: .text, name: "", attributes: [], text: content(node), parent: parent, location: location)
        case XML_COMMENT_NODE:
            return Pending(kind: .comment, name: "", attributes: [], text: content(node), parent: parent, location: location)
        case XML_DTD_NODE:
            return Pending(kind: .doctype, name: string(node.pointee.name).lowercased(), attributes: [], text: "", parent: parent, location: location)
        default:
            return nil
        }
    }

    private static func content(_ node: xmlNodePtr) -> String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { kru_xml_free(raw) }
        return String(cString: raw)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func freeze(_ pending: [Pending]) -> [HTMLNode] {
        pending.map {
            HTMLNode(
                kind: $0.kind, name: $0.name, attributes: $0.attributes, text: $0.text,
                parent: $0.parent.map(NodeID.init), children: $0.children.map(NodeID.init), location: $0.location)
        }
    }
}

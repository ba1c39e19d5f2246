import CLibXML2
import KruCore

/// What libxml2's callbacks of one parse reach through the context's
/// `kru_xml_guard`: the caller's ``XMLEventHandler`` (its type erased, so
/// that one set of callbacks serves every handler type) and the lines of the
/// bytes being parsed.
struct EventSink {
    let handler: UnsafeMutableRawPointer
    let type: any XMLEventHandler.Type
    let lines: UnsafePointer<LineIndex>

    /// Installs the element and text callbacks on a context's SAX handler.
    static func install(on handler: UnsafeMutablePointer<xmlSAXHandler>) {
        handler.pointee.startElementNs = { context, localName, _, _, _, _, attributeCount, _, attributes in
            guard let sink = EventSink.sink(of: context), let localName else { return }
            let tag = XMLStartTag(
                localName: localName, attributes: attributes, attributeCount: Int(attributeCount),
                offset: EventSink.startTagOffset(context), line: EventSink.currentLine(context), lines: sink.pointee.lines)
            deliverStart(sink.pointee.type, sink.pointee.handler, tag)
        }
        handler.pointee.endElementNs = { context, _, _, _ in
            guard let sink = EventSink.sink(of: context) else { return }
            deliverEnd(sink.pointee.type, sink.pointee.handler)
        }
        handler.pointee.characters = { context, characters, length in
            guard let sink = EventSink.sink(of: context), let characters, length > 0 else { return }
            let text = XMLCharacters(bytes: UnsafeBufferPointer(start: characters, count: Int(length)))
            deliverCharacters(sink.pointee.type, sink.pointee.handler, text)
        }
        handler.pointee.ignorableWhitespace = handler.pointee.characters
        handler.pointee.cdataBlock = handler.pointee.characters
    }

    /// The sink behind a libxml2 context pointer.
    private static func sink(of pointer: UnsafeMutableRawPointer?) -> UnsafePointer<EventSink>? {
        guard let report = context(pointer)?.pointee._private?.assumingMemoryBound(to: kru_xml_guard.self) else {
            return nil
        }
        return report.pointee.sink.map { UnsafePointer($0.assumingMemoryBound(to: EventSink.self)) }
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

// The handler's own type, opened from the sink's existential metatype.

private func deliverStart<Handler: XMLEventHandler>(
    _ type: Handler.Type, _ handler: UnsafeMutableRawPointer, _ tag: borrowing XMLStartTag
) {
    handler.assumingMemoryBound(to: Handler.self).pointee.startElement(tag)
}

private func deliverEnd<Handler: XMLEventHandler>(_ type: Handler.Type, _ handler: UnsafeMutableRawPointer) {
    handler.assumingMemoryBound(to: Handler.self).pointee.endElement()
}

private func deliverCharacters<Handler: XMLEventHandler>(
    _ type: Handler.Type, _ handler: UnsafeMutableRawPointer, _ text: borrowing XMLCharacters
) {
    handler.assumingMemoryBound(to: Handler.self).pointee.characters(text)
}

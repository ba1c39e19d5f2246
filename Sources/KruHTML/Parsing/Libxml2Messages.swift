import CLibXML2
import KruCore

/// Runs libxml2's HTML parser over UTF-8 bytes for its messages: every problem it
/// reports, with the offset its reader was at. libxml2 builds no tree and hands kru
/// no content: kru reads the page itself (``TokenSource``), as a browser does.
///
/// One collector per parse: the libxml2 context's `_private` points to it, so
/// parses on different threads never share state.
enum Libxml2Messages {
    struct Message {
        var code: Int
        var text: String
        var offset: Int
    }

    /// What the callbacks reach through the context's `_private` pointer.
    private struct Collector {
        var messages: [Message] = []
        let count: Int
        let depthLimit: Int

        mutating func record(_ error: xmlError, offset: Int) {
            var text = error.message.map { String(cString: $0) } ?? ""
            while let last = text.last, last.isWhitespace { text.removeLast() }
            messages.append(Message(code: Int(error.code), text: text, offset: offset))
        }
    }

    /// libxml2 2.9 sets up its globals (dictionary mutex, HTML tables) lazily
    /// and not thread-safely: two first parses on different threads deadlock.
    /// `xmlInitParser` does it once, guarded; a Swift `static let` runs it once.
    private static let libxml2Initialized: Void = xmlInitParser()

    /// How many elements libxml2 may hold open before it is stopped.
    ///
    /// For every end tag it cannot match, libxml2 2.9 walks its own stack of open names, twice:
    /// a page that leaves thousands of elements open and then closes others (hostile input:
    /// 100,000 `<span>` then `</p>`s) would take minutes. No real page nests this deep (a browser
    /// stops nesting at 512). Past the limit libxml2 stops: only its messages about the rest of
    /// the page are missing (the tree is kru's own reading of the page, whatever libxml2 does).
    static let depthLimit = 2_000

    /// libxml2's messages about `bytes` (UTF-8, line breaks normalised to LF), in the order it
    /// reported them; `depthLimit` is ``depthLimit`` except in tests.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, depthLimit: Int = depthLimit) -> [Message] {
        _ = libxml2Initialized
        guard bytes.count > 0, let base = bytes.baseAddress else { return [] }
        let context = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            HTMLParserContexts.take(reading: $0, count: Int32(clamping: bytes.count))
        }
        guard let context else { return [] }
        let pointer = UnsafeMutablePointer<Collector>.allocate(capacity: 1)
        pointer.initialize(to: Collector(count: bytes.count, depthLimit: depthLimit))
        defer {
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            context.pointee.myDoc = nil
            context.pointee._private = nil
            HTMLParserContexts.giveBack(context)
            pointer.deallocate()
        }
        // IGNORE_ENC: the bytes are already UTF-8; a `<meta charset>` must not make libxml2 re-decode them.
        _ = htmlCtxtUseOptions(context, kru_html_parse_options() | Int32(HTML_PARSE_IGNORE_ENC.rawValue))
        // Without a declared encoding libxml2 would guess Latin-1 at the first non-ASCII byte.
        _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
        context.pointee._private = UnsafeMutableRawPointer(pointer)
        if let handler = context.pointee.sax { install(on: handler) }
        _ = htmlParseDocument(context)
        return pointer.move().messages
    }

    /// Only errors are reported to kru, and start tags, to stop libxml2 past the depth limit.
    /// Every content callback is off: libxml2 hands over no text, comment or doctype, and
    /// builds no document.
    private static func install(on handler: UnsafeMutablePointer<xmlSAXHandler>) {
        handler.pointee.initialized = XML_SAX2_MAGIC
        handler.pointee.startDocument = nil
        handler.pointee.endDocument = nil
        handler.pointee.internalSubset = nil
        handler.pointee.startElement = { context, _, _ in Libxml2Messages.stopIfTooDeep(context) }
        handler.pointee.endElement = nil
        handler.pointee.characters = nil
        handler.pointee.ignorableWhitespace = nil
        handler.pointee.comment = nil
        handler.pointee.processingInstruction = nil
        handler.pointee.cdataBlock = nil
        handler.pointee.serror = { userData, error in
            guard let error, let (context, collector) = Libxml2Messages.reach(userData) else { return }
            collector.pointee.record(error.pointee, offset: Libxml2Messages.offset(of: context, count: collector.pointee.count))
        }
    }

    /// The context behind a libxml2 callback's pointer and the collector it holds.
    private static func reach(
        _ pointer: UnsafeMutableRawPointer?
    ) -> (UnsafeMutablePointer<xmlParserCtxt>, UnsafeMutablePointer<Collector>)? {
        guard let pointer else { return nil }
        let context = pointer.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let box = context.pointee._private else { return nil }
        return (context, box.assumingMemoryBound(to: Collector.self))
    }

    /// Stops libxml2 once it holds more than the depth limit of open elements (see ``depthLimit``).
    private static func stopIfTooDeep(_ pointer: UnsafeMutableRawPointer?) {
        guard let (context, collector) = reach(pointer) else { return }
        if Int(context.pointee.nameNr) > collector.pointee.depthLimit { xmlStopParser(context) }
    }

    /// The offset libxml2's reader is at, within `0...count`.
    private static func offset(of context: UnsafeMutablePointer<xmlParserCtxt>, count: Int) -> Int {
        var cursor = count
        if let input = context.pointee.input, let base = input.pointee.base, let current = input.pointee.cur {
            cursor = Int(input.pointee.consumed) + (current - base)
        }
        return min(max(cursor, 0), count)
    }
}

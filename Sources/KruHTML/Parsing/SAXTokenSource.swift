import CLibXML2
import KruCore

/// Runs libxml2's HTML parser over UTF-8 bytes and turns its SAX events,
/// together with the raw source they cover, into WHATWG tokens for a
/// ``TreeBuilder``. Also collects every parser message with its offset.
///
/// libxml2 builds no tree here: its events say which start tags it read and
/// how far it has read; kru reads each stretch of source up to an event as
/// the WHATWG tokenizer does (tags and attributes, text and character
/// references, comments, raw text), so where libxml2 reads markup differently
/// (a missing quote, `--!>`, a `<style>` inside SVG) the tokens are still a
/// browser's. Elements libxml2 makes up (an implied `<body>`, a `<p>` around
/// stray text) are ignored: the tree builder implies its own, as a browser does.
///
/// One instance per parse: the libxml2 context's `_private` points to it, so
/// parses on different threads never share state. A struct reached through
/// that pointer, so the callbacks pay no dynamic exclusivity checks.
struct SAXTokenSource {
    struct Message {
        var code: Int
        var text: String
        var offset: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let scanner: SourceScanner
    private(set) var builder: TreeBuilder
    private(set) var messages: [Message] = []
    /// Everything before this offset has been turned into tokens.
    private var position = 0
    /// See ``libxml2DepthLimit``.
    private var depthLimit = Int.max
    /// While libxml2 reads the content of a raw-text element (kru has already
    /// taken it as text), its events up to this offset are ignored.
    private var rawTextEnd = -1
    /// Text read from the source but not yet given to the builder (see ``emitText(_:_:)``).
    private var pendingText = 0..<0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.scanner = SourceScanner(bytes: bytes)
        builder = TreeBuilder(forBytes: bytes.count)
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
    /// stops nesting at 512). Past the limit libxml2 stops and kru reads the rest of the source
    /// itself, as it reads every stretch between libxml2's events, so the tree is the same; only
    /// libxml2's messages about the rest are missing.
    static let libxml2DepthLimit = 2_000

    /// Parses `bytes` (UTF-8, line breaks normalised to LF) into a finished tree builder.
    /// `libxml2DepthLimit` is ``libxml2DepthLimit`` except in tests.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>, libxml2DepthLimit: Int = libxml2DepthLimit) -> SAXTokenSource {
        _ = libxml2Initialized
        var source = SAXTokenSource(bytes: bytes)
        source.depthLimit = libxml2DepthLimit
        guard bytes.count > 0, let base = bytes.baseAddress else {
            source.finish()
            return source
        }
        let context = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            HTMLParserContexts.take(reading: $0, count: Int32(clamping: bytes.count))
        }
        guard let context else {
            source.finish()
            return source
        }
        let pointer = UnsafeMutablePointer<SAXTokenSource>.allocate(capacity: 1)
        pointer.initialize(to: consume source)
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
        if !pointer.pointee.finished { pointer.pointee.finish() }
        return pointer.move()
    }

    private static func install(on handler: UnsafeMutablePointer<xmlSAXHandler>) {
        handler.pointee.initialized = XML_SAX2_MAGIC
        handler.pointee.startDocument = nil
        handler.pointee.internalSubset = { context, _, _, _ in
            SAXTokenSource.with(context) { $0.flush(upTo: $1) }
        }
        handler.pointee.startElement = { context, name, _ in
            SAXTokenSource.with(context) { $0.startElement(name, cursor: $1) }
            SAXTokenSource.stopIfTooDeep(context)
        }
        handler.pointee.endElement = nil
        handler.pointee.characters = { context, _, _ in
            SAXTokenSource.with(context) { $0.flush(upTo: $1) }
        }
        handler.pointee.ignorableWhitespace = handler.pointee.characters
        handler.pointee.comment = { context, _ in
            SAXTokenSource.with(context) { $0.flush(upTo: $1) }
        }
        handler.pointee.processingInstruction = { context, _, _ in
            SAXTokenSource.with(context) { $0.flush(upTo: $1) }
        }
        // Script and style content: kru reads it from the source itself (see
        // `emit`); libxml2 reporting raw text past that (a `<style>` kru read as
        // part of a comment, or SVG's `<style>`, whose content is markup) is markup.
        handler.pointee.cdataBlock = handler.pointee.characters
        handler.pointee.endDocument = { context in
            SAXTokenSource.with(context) { source, _ in source.finish() }
        }
        handler.pointee.serror = { userData, error in
            guard let error else { return }
            SAXTokenSource.with(userData) { $0.record(error.pointee, cursor: $1) }
        }
    }

    /// Stops libxml2 once it holds more than the source's depth limit of open elements
    /// (see ``libxml2DepthLimit``); ``run(_:libxml2DepthLimit:)`` then reads the rest.
    private static func stopIfTooDeep(_ pointer: UnsafeMutableRawPointer?) {
        guard let pointer else { return }
        let context = pointer.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let box = context.pointee._private else { return }
        let source = box.assumingMemoryBound(to: SAXTokenSource.self)
        if Int(context.pointee.nameNr) > source.pointee.depthLimit { xmlStopParser(context) }
    }

    /// Finds the source behind a libxml2 context pointer and the current input offset.
    private static func with(_ pointer: UnsafeMutableRawPointer?, _ body: (inout SAXTokenSource, Int) -> Void) {
        guard let pointer else { return }
        let context = pointer.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let box = context.pointee._private else { return }
        let source = box.assumingMemoryBound(to: SAXTokenSource.self)
        let count = source.pointee.bytes.count
        var cursor = count
        if let input = context.pointee.input, let base = input.pointee.base, let current = input.pointee.cur {
            cursor = Int(input.pointee.consumed) + (current - base)
        }
        body(&source.pointee, min(max(cursor, 0), count))
    }

    // MARK: - Events

    private mutating func startElement(_ namePointer: UnsafePointer<xmlChar>?, cursor: Int) {
        guard cursor > rawTextEnd, let namePointer else { return }
        // libxml2's names are lower-case ASCII. A start tag libxml2 read from the
        // source begins with `<name` after the last consumed offset; otherwise
        // libxml2 made the element up.
        var length = 0
        while namePointer[length] != 0 { length += 1 }
        let name = UnsafeBufferPointer(start: namePointer, count: length)
        var start = scanner.find(UInt8(ascii: "<"), from: position, limit: cursor) ?? cursor
        while start < cursor, !scanner.matchesName(name, at: start + 1) {
            start = scanner.find(UInt8(ascii: "<"), from: start + 1, limit: cursor) ?? cursor
        }
        guard start < cursor else { return }
        flush(upTo: start)
        guard position <= start else { return }
        // The tag is read from the source as the WHATWG tokenizer reads it
        // (`title='it''s'`, `class="a>b"`, `<p class=a<b>`). Where libxml2 read
        // it differently, its events inside the tag are ignored, and source it
        // skipped after the tag is tokenized by the next flush.
        guard let (scanned, end) = scanner.startTag(at: start, limit: bytes.count, attributes: &builder.attributes) else {
            // A tag cut off by the end of the file (`<a href="x.html`): a browser drops it.
            position = bytes.count
            return
        }
        // Its name is libxml2's: the source spells it, in any case.
        if end > cursor { rawTextEnd = max(rawTextEnd, end) }
        position = end
        emit(.startTag(consume scanned))
    }

    /// Turns the source up to `end` into tokens.
    private mutating func flush(upTo end: Int, atEndOfFile: Bool = false) {
        guard end > rawTextEnd else { return }
        var index = position
        var textStart = position
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else {
                index = scanner.find(UInt8(ascii: "<"), from: index, limit: end) ?? end
                continue
            }
            guard let (construct, next) = construct(at: index, limit: end, atEndOfFile: atEndOfFile) else {
                index += 1
                continue
            }
            emitText(textStart, index)
            position = next
            if case .token(let token) = consume construct { emit(token) }
            if next > end {
                // A construct libxml2 read differently runs past its event:
                // libxml2's events inside it are ignored, as for raw text.
                rawTextEnd = max(rawTextEnd, next)
                return
            }
            index = max(position, next)
            textStart = index
        }
        // libxml2's events may stop inside a character reference (`&AMP` of
        // `&AMP;`): that text waits for the next flush, to be decoded whole.
        let textEnd = atEndOfFile ? end : Self.referenceSafeEnd(bytes, textStart, end)
        emitText(textStart, textEnd)
        position = max(position, textEnd)
    }

    /// `end`, or the `&` of a character reference that continues past `end` (static: a method
    /// of the source would be called on a copy of it).
    private static func referenceSafeEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        guard end < bytes.count, isReferenceByte(bytes[end]) || bytes[end] == UInt8(ascii: ";") else { return end }
        var index = end - 1
        while index >= start {
            if bytes[index] == UInt8(ascii: "&") { return index }
            guard isReferenceByte(bytes[index]) else { return end }
            index -= 1
        }
        return end
    }

    private static func isReferenceByte(_ byte: UInt8) -> Bool {
        isASCIIAlpha(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "#")
    }

    /// The construct at a `<`; a tag, comment, bogus comment, doctype or CDATA
    /// section ends where the WHATWG tokenizer ends it, even past libxml2's event
    /// (`<!-- a --!>`, `<![CDATA[ <b> ]]>`, `<?php echo "<b>"; ?>`, `<a href=<b>`).
    private mutating func construct(at index: Int, limit: Int, atEndOfFile: Bool) -> (SourceScanner.Construct, Int)? {
        let foreign = builder.currentNodeIsForeign
        if let found = scanner.construct(
            at: index, limit: limit, atEndOfFile: atEndOfFile, foreign: foreign, attributes: &builder.attributes)
        {
            return found
        }
        guard !atEndOfFile else { return nil }
        return scanner.construct(at: index, limit: bytes.count, atEndOfFile: true, foreign: foreign, attributes: &builder.attributes)
    }

    /// Text waits in ``pendingText`` until the next token: libxml2 reports a
    /// run of text in several events, and one decoded string is cheaper than
    /// several (the builder merges adjacent text either way).
    private mutating func emitText(_ start: Int, _ end: Int) {
        guard end > start else { return }
        if pendingText.upperBound == start, !pendingText.isEmpty {
            pendingText = pendingText.lowerBound..<end
            return
        }
        emitPendingText()
        pendingText = start..<end
    }

    private mutating func emitPendingText() {
        guard !pendingText.isEmpty else { return }
        let range = pendingText
        pendingText = 0..<0
        // Whitespace before <head> is dropped by the builder: no string, no token for it.
        if builder.ignoresWhitespaceText, bytes[range].allSatisfy(isWhitespace) { return }
        builder.process(.text(CharacterReferences.decode(bytes[range]), offset: range.lowerBound))
    }

    private mutating func emit(_ token: consuming HTMLToken) {
        emitPendingText()
        builder.process(token)
        guard let request = builder.rawTextRequest else { return }
        builder.rawTextRequest = nil
        let end: Int
        switch request.name {
        case "plaintext": end = bytes.count
        case "script": end = scanner.scriptEnd(from: position) ?? bytes.count
        default: end = scanner.endTagStart(of: request.name, from: position) ?? bytes.count
        }
        if end > position {
            let text = request.decodesReferences ? CharacterReferences.decode(bytes[position..<end]) : scanner.text(position, end)
            builder.process(.text(text, offset: position))
        }
        position = end
        rawTextEnd = end
    }

    private(set) var finished = false

    /// The finished tree (see ``TreeBuilder/finish(file:locate:)``); call once.
    mutating func takeTree(file: String, locate: (Int) -> (line: Int, column: Int)) -> [HTMLNode] {
        builder.finish(file: file, locate: locate)
    }

    private mutating func finish() {
        guard !finished else { return }
        finished = true
        rawTextEnd = -1
        flush(upTo: bytes.count, atEndOfFile: true)
        emit(.endOfFile)
    }

    private mutating func record(_ error: xmlError, cursor: Int) {
        var text = error.message.map { String(cString: $0) } ?? ""
        while let last = text.utf8.last, last == 0x20 || (last >= 0x09 && last <= 0x0D) { text.removeLast() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        messages.append(Message(code: Int(error.code), text: text, offset: cursor))
    }

}

import KruCore

/// Reads UTF-8 source as the WHATWG tokenizer does (tags and attributes, text
/// and character references, comments, doctypes, raw text) and hands the tokens
/// to a ``TreeBuilder``, in one pass over the bytes.
///
/// libxml2 plays no part here (it only reports its messages, when they are asked
/// for: ``Libxml2Messages``): where it reads markup differently (a missing
/// quote, `--!>`, a `<style>` inside SVG) the tokens are still a browser's, and
/// the tree builder implies elements (`<body>`, `<tbody>` …) as a browser does.
struct TokenSource {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let scanner: SourceScanner
    private var builder: TreeBuilder
    /// Everything before this offset has been turned into tokens.
    private var position = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.scanner = SourceScanner(bytes: bytes)
        builder = TreeBuilder(forBytes: bytes.count)
    }

    /// Reads `bytes` (UTF-8, line breaks normalised to LF) into a tree builder that has seen
    /// the end of the file: the tree is ready for ``TreeBuilder/finish(file:locate:)``.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) -> TreeBuilder {
        var source = TokenSource(bytes: bytes)
        source.readAll()
        return source.builder
    }

    /// Turns the whole source into tokens, then the end of the file.
    private mutating func readAll() {
        let end = bytes.count
        var index = 0
        var textStart = 0
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else {
                index = scanner.find(UInt8(ascii: "<"), from: index, limit: end) ?? end
                continue
            }
            // A tag, comment, bogus comment, doctype or CDATA section ends where the WHATWG
            // tokenizer ends it (`<!-- a --!>`, `<![CDATA[ <b> ]]>`, `<?php echo "<b>"; ?>`).
            guard
                let (construct, next) = scanner.construct(
                    at: index, foreign: builder.currentNodeIsForeign, attributes: &builder.attributes)
            else {
                index += 1
                continue
            }
            emitText(textStart, index)
            position = next
            if case .token(let token) = consume construct { emit(token) }
            // Raw text (`<script>`, `<title>` …) read after a start tag moved the position on.
            index = position
            textStart = index
        }
        emitText(textStart, end)
        emit(.endOfFile)
    }

    private mutating func emitText(_ start: Int, _ end: Int) {
        guard end > start else { return }
        // Whitespace before <head> is dropped by the builder: no string, no token for it.
        if builder.ignoresWhitespaceText, bytes[start..<end].allSatisfy(isWhitespace) { return }
        builder.process(.text(CharacterReferences.decode(bytes[start..<end]), offset: start))
    }

    private mutating func emit(_ token: consuming HTMLToken) {
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
    }
}

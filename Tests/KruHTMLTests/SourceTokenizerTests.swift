import Dispatch
import KruCore
import Synchronization
import Testing

@testable import KruHTML

/// The diagnostics' tokenizer: its byte tricks and what it gathers about a page's tags.
struct SourceTokenizerTests {
    /// Words of 8 bytes to try the bit tricks on: every byte value in every position, and mixes.
    static let words: [UInt64] = {
        var words: [UInt64] = []
        let filler = Array("abcdefgh".utf8)
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = filler
                bytes[position] = UInt8(value)
                words.append(bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) })
            }
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            words.append(state)
        }
        return words
    }()

    static func bytes(of word: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) } }

    @Test func wordsAreLowerCasedAsEachByteIs() {
        for word in Self.words {
            let expected = Self.bytes(of: word).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            #expect(Self.bytes(of: SourceTokenizer.lowercasedASCII(word)) == expected)
        }
    }

    @Test func theFirstPossibleNameEndIsExact() {
        for word in Self.words {
            let first = Self.bytes(of: word).firstIndex { $0 < 0x21 || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ">") }
            let ends = SourceTokenizer.possibleNameEnds(word)
            #expect((ends == 0 ? nil : ends.trailingZeroBitCount / 8) == first)
        }
    }

    @Test func byteClassesHoldExactlyTheirBytes() {
        let whitespace: Set<UInt8> = [0x09, 0x0A, 0x0C, 0x0D, 0x20]
        for value in 0...255 {
            let byte = UInt8(value)
            #expect(ByteClass.whitespace.contains(byte) == whitespace.contains(byte))
            #expect(ByteClass.tagNameEnd.contains(byte) == (whitespace.contains(byte) || byte == 0x2F || byte == 0x3E))
            #expect(
                ByteClass.attributeNameEnd.contains(byte)
                    == (whitespace.contains(byte) || byte == 0x2F || byte == 0x3E || byte == 0x3D))
            #expect(ByteClass.unquotedValueEnd.contains(byte) == (whitespace.contains(byte) || byte == 0x3E))
        }
    }

    @Test func tagNamesOfEveryLengthAndCase() {
        let page = "<BlockQuote><p\u{1}x a=1><DIV/><h1\tclass=x><my-element-name-is-long></bOdY ><a"
        let markup = SourceTokenizer.tokenize(page)
        #expect(markup.tags.map { markup.names[$0.name] } == ["blockquote", "p\u{1}x", "div", "h1", "my-element-name-is-long", "body", "a"])
        #expect(markup.tags.map(\.isEndTag) == [false, false, false, false, false, true, false])
        // The last tag is cut off by the end of the file (fewer than 8 bytes after its `<`).
        #expect(markup.tags.map(\.droppedAtEndOfFile) == [false, false, false, false, false, false, true])
    }

    @Test func rawTextEndsAtItsEndTagInAnyCase() {
        let page = "<TiTle>a</b></titlex></TITLE ><Script type=x><p></sCRIPT><style>x</style"
        let markup = SourceTokenizer.tokenize(page)
        #expect(markup.tags.map { (markup.names[$0.name], $0.isEndTag) } .map { "\($0.1 ? "/" : "")\($0.0)" } == [
            "title", "/title", "script", "/script", "style", "/style",
        ])
        #expect(markup.tags.map(\.rawTextRunsToEndOfFile) == [false, false, false, false, false, false])
        #expect(markup.tags.map(\.start) == [0, 21, 30, 48, 57, 65])
        let unclosed = SourceTokenizer.tokenize("<textarea>x</textare</TEXTAREAx")
        #expect(unclosed.tags.count == 1 && unclosed.tags[0].rawTextRunsToEndOfFile)
    }

    @Test func attributesKeepTheirQuotesAndValues() throws {
        let page = "<img src='a.png' alt=cat title=\"x\" hidden>"
        let markup = SourceTokenizer.tokenize(page)
        let bytes = Array(page.utf8)
        func text(_ range: Range<Int>?) -> String? { range.map { String(decoding: bytes[$0], as: UTF8.self) } }
        let attributes = Array(markup.attributes)
        #expect(attributes.map { text($0.nameOffset..<$0.nameEnd) } == ["src", "alt", "title", "hidden"])
        #expect(attributes.map { text($0.value) } == ["a.png", "cat", "x", nil])
        #expect(attributes.map(\.quote) == [UInt8(ascii: "'"), nil, UInt8(ascii: "\""), nil])
        #expect(attributes.map(\.quoteOffset) == [9, nil, 31, nil])
        #expect(attributes.allSatisfy { !$0.missingClosingQuote && $0.swallowedUpTo == nil })
        let broken = SourceTokenizer.tokenize("<a href=\"x.html>link</a>\n<p class=\"y\">")
        let first = try #require(broken.attributes.first)
        #expect(first.missingClosingQuote && first.swallowedUpTo != nil && first.quoteOffset == 8)
    }

    @Test func theSummarySaysWhatKindsOfTagsThereAre() {
        let clean = SourceTokenizer.tokenize("<!DOCTYPE html><html><head><title>x</title></head><body><p class=a>x</p></body></html>")
        #expect(clean.summary.htmlStartTagTraits.contains(.documentTag) && !clean.summary.htmlStartTagTraits.contains(.obsolete))
        #expect(!clean.summary.hasUnknownHTMLStartTag && !clean.summary.htmlEndTagTraits.contains(.void))
        #expect(!clean.summary.hasIncompleteTag && !clean.summary.hasSeveralAttributes)
        #expect(!clean.summary.hasMissingClosingQuote && !clean.summary.repeatsDocumentTag)

        #expect(SourceTokenizer.tokenize("<center>x</center>").summary.htmlStartTagTraits.contains(.obsolete))
        #expect(SourceTokenizer.tokenize("<titel>x</titel>").summary.hasUnknownHTMLStartTag)
        // Inside SVG names are not HTML names; end tags and dropped tags are not start tags a browser reads.
        #expect(!SourceTokenizer.tokenize("<svg><titel/></svg></titel><titel").summary.hasUnknownHTMLStartTag)
        #expect(SourceTokenizer.tokenize("x<br></br>").summary.htmlEndTagTraits.contains(.void))
        #expect(!SourceTokenizer.tokenize("<svg></br></svg>").summary.htmlEndTagTraits.contains(.void))
        #expect(SourceTokenizer.tokenize("<p\n<b>").summary.hasIncompleteTag)
        #expect(SourceTokenizer.tokenize("<p>x</p").summary.hasIncompleteTag)
        #expect(SourceTokenizer.tokenize("<img src=a alt=b>").summary.hasSeveralAttributes)
        #expect(!SourceTokenizer.tokenize("<img src=a>").summary.hasSeveralAttributes)
        #expect(SourceTokenizer.tokenize("<a href=\"x>").summary.hasMissingClosingQuote)
        #expect(SourceTokenizer.tokenize("<body><p>x</p><body>").summary.repeatsDocumentTag)
        #expect(!SourceTokenizer.tokenize("<html><head></head><body></body></html><html").summary.repeatsDocumentTag)
    }
}

/// The memory the tag replay keeps between pages.
struct ReplayMemoryTests {
    @Test func givesRoomForEveryNameAndKeepsItForTheNextPage() {
        let memory = ReplayMemory<Int32>(empty: -1)
        let first = memory.room(for: 10)
        #expect(first.count == 10 && first.allSatisfy { $0 == -1 })
        for index in first.indices { first[index] = Int32(index) }
        #expect(Array(first) == Array(0..<10))
        // The next use gets the kept block (the memory as the last use left it).
        let second = memory.room(for: 20)
        #expect(second.count == 20 && second[9] == 9)
        #expect(first.baseAddress == second.baseAddress)
        // More names than the kept block holds: a larger block, kept from then on.
        let large = 100_000
        let third = memory.room(for: large)
        #expect(third.allSatisfy { $0 == -1 })
        third.update(repeating: 7)
        #expect(third.count == large && third.allSatisfy { $0 == 7 })
        let fourth = memory.room(for: 5)
        #expect(third.baseAddress == fourth.baseAddress && fourth[4] == 7)
        // A block past the limit is not kept; the next use gets a new, empty one.
        memory.free(ifLargerThan: 1_000)
        #expect(memory.keptCapacity == 0)
        let fifth = memory.room(for: 5)
        #expect(fifth.allSatisfy { $0 == -1 })
        memory.free(ifLargerThan: 1_000)
        #expect(memory.keptCapacity > 0, "a usual block is kept")
    }

    /// A page with more different tag names than the limit leaves no large block behind.
    @Test func aPageWithManyNamesLeavesNoLargeBlock() {
        let names = (0..<(DiagnosticsMemory.keptCapacityLimit + 100)).map { "<x-\($0)></x-\($0)>" }.joined()
        _ = HTMLDiagnostics.run(on: HTMLParser.parse(text: names))
        #expect(DiagnosticsMemory.with { $0.nameStates.keptCapacity } <= DiagnosticsMemory.keptCapacityLimit)
    }
}

/// The arrays the diagnostics keep per thread between pages.
struct DiagnosticsMemoryTests {
    @Test func takeEmptiesAnArrayButKeepsItsMemory() {
        var kept = Array(0..<100)
        let address = kept.withUnsafeBufferPointer { $0.baseAddress }
        let taken = DiagnosticsMemory.take(&kept)
        #expect(taken.isEmpty && taken.capacity >= 100)
        #expect(taken.withUnsafeBufferPointer { $0.baseAddress } == address)
        #expect(kept.isEmpty)
        // A shared array is copied, never changed under its other owner.
        var shared = [1, 2, 3]
        let other = shared
        #expect(DiagnosticsMemory.take(&shared).isEmpty)
        #expect(other == [1, 2, 3])
    }

    @Test func keepsOnlyArraysOfBoundedSize() {
        var kept: [Int] = []
        var small = Array(0..<10)
        DiagnosticsMemory.give(&small, to: &kept)
        #expect(kept == Array(0..<10) && small.isEmpty)
        var keptLarge: [Int] = []
        var large = Array(0..<(DiagnosticsMemory.keptCapacityLimit + 1))
        DiagnosticsMemory.give(&large, to: &keptLarge)
        #expect(keptLarge.isEmpty && large.isEmpty)
    }

    /// A kept context lets go of its page, and reads the next page as a new context would.
    @Test func aKeptContextHoldsNoPageAndReadsTheNextOneAnew() {
        let memory = DiagnosticsMemory()
        let first = HTMLParser.parse(text: "<titel class=a class=b>x</titel><p id=y>y<p id=y>")
        let second = HTMLParser.parse(text: "<!DOCTYPE html><ul><li class=c>a</div><bdoy>")
        let context = memory.context(for: first)
        #expect(context.source == Array(first.source.utf8))
        let titel = first.nodes.indices.first { first.nodes[$0].name == "titel" }
        #expect(titel.flatMap { context.treeTags.startTag(of: NodeID($0)) } == 0)
        memory.keep(context)
        #expect(context.document.source.isEmpty && context.document.nodes.count == 1)
        #expect(context.structure.events.isEmpty)
        let reused = memory.context(for: second)
        #expect(reused === context)
        let fresh = HTMLDiagnosticContext(document: second)
        #expect(reused.tags == fresh.tags)
        #expect(reused.tags.map { reused.name(of: $0) } == fresh.tags.map { fresh.name(of: $0) })
        #expect(reused.markup.attributes == fresh.markup.attributes)
        #expect(reused.structure.events == fresh.structure.events)
        #expect(reused.source == Array(second.source.utf8))
        for node in second.nodes.indices {
            #expect(reused.treeTags.startTag(of: NodeID(node)) == fresh.treeTags.startTag(of: NodeID(node)))
        }
    }

    @Test func aThreadGetsItsMemoryBackAndANestedUseGetsItsOwn() {
        let first = DiagnosticsMemory.with { ObjectIdentifier($0) }
        #expect(DiagnosticsMemory.with { ObjectIdentifier($0) } == first)
        DiagnosticsMemory.with { outer in
            DiagnosticsMemory.with { inner in #expect(inner !== outer) }
        }
    }

    @Test func threadsRunningAtOnceFindWhatOneThreadFinds() {
        let pages = (0..<64).map { index in
            String(repeating: "<div><p>x<b>y</p></div>", count: index % 5)
                + (index % 3 == 0 ? "<titel>t</titel><li>a" : "<ul><li>a</ul>") + String(repeating: "</span>", count: index % 4)
        }
        let documents = pages.map { HTMLParser.parse(text: $0) }
        let serial = documents.map { HTMLDiagnostics.run(on: $0) }
        let results = Mutex([[Finding]](repeating: [], count: documents.count))
        DispatchQueue.concurrentPerform(iterations: 4 * documents.count) { iteration in
            let index = iteration % documents.count
            let findings = HTMLDiagnostics.run(on: documents[index])
            results.withLock { $0[index] = findings }
        }
        #expect(results.withLock { $0 } == serial)
    }

    @Test func reusedMemoryGivesTheSameFindingsAsFreshMemory() {
        let pages = [
            "<!DOCTYPE html><html><body><ul><li>a<li>b</ul><p id=x>c</p><p id=x>d</div></body></html>",
            String(repeating: "<div><b><i>x</b></i><titel>t</titel><img src=\"a.png alt=b>\n", count: 300),
            "<p>x",
            "",
            "<a href=\"x.html>link</a>\n<p class=\"y\">",
        ]
        let fresh = pages.map { page in
            HTMLDiagnostics.run(on: HTMLParser.parse(text: page))
        }
        for _ in 0..<2 {
            for (page, expected) in zip(pages, fresh) {
                let document = HTMLParser.parse(text: page)
                #expect(HTMLDiagnostics.run(on: document) == expected)
                let context = HTMLDiagnosticContext(document: document)
                DiagnosticsMemory.with { memory in
                    let reused = HTMLDiagnosticContext(document: document, reusing: memory)
                    #expect(reused.tags == context.tags)
                    #expect(reused.markup.attributes == context.markup.attributes)
                    #expect(reused.structure.events == context.structure.events)
                    memory.keep(reused)
                }
            }
        }
    }
}

/// What a page has that rules look for, and the rules skipped without it.
struct PageFactsTests {
    private func facts(_ page: String) -> PageFacts {
        HTMLDiagnosticContext(document: HTMLParser.parse(text: page)).facts
    }

    @Test func factsSayWhatAPageHas() {
        #expect(facts("<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>").isEmpty)
        #expect(facts("<p>x</p>") == .contentBeforeDoctype)
        #expect(facts("<!DOCTYPE html><div><span></div>") == .nestingProblem)
        #expect(facts("<!DOCTYPE html>x<br></br>").contains(.voidEndTag))
        #expect(facts("<!DOCTYPE html><a href=\"x>y</a>").contains(.missingClosingQuote))
        #expect(facts("<!DOCTYPE html><p>x</p").contains(.incompleteTag))
        #expect(facts("<!DOCTYPE html><img src=a alt=b>").contains(.severalAttributes))
        #expect(facts("<!DOCTYPE html><titel>x</titel>").contains(.unknownStartTag))
        #expect(facts("<!DOCTYPE html><center>x</center>").contains(.obsoleteStartTag))
        #expect(facts("<!DOCTYPE html><body><body>").contains(.repeatedDocumentTag))
        #expect(facts("<!DOCTYPE html><!-- x").contains(.unclosedComment))
        #expect(facts("").isSuperset(of: .anyPage))
    }

    /// A rule is not run on a page that lacks what it needs: run anyway, it finds nothing there.
    @Test func aRuleSkippedOnAPageWouldFindNothingThere() {
        let pieces = [
            "<div>", "</div>", "<p>", "</p>", "<li>", "<ul>", "</ul>", "<table><tr><td>", "</td>", "<b>", "</b>",
            "<i>", "</i>", "<a href=\"x\">", "</a>", "<h1>", "</h2>", "<br>", "</br>", "<img src=\"a\" src='b'>",
            "<span id=\"x\">", "</span>", "<titel>", "<center>", "<svg>", "</svg>", "<script>", "</script>",
            "<title>", "</title>", "<!--", "-->", "<!DOCTYPE html>", "<html>", "<body>", "</body>", "\"", "'", "=",
            ">", "<", "/", " ", "\n", "text", "<p class=\"a", "<p\n", "<my-el>", "<bdoy>", "<DIV>", "<Li>",
        ]
        var seed: UInt64 = 7
        for _ in 0..<400 {
            var page = ""
            for _ in 0..<24 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                page += pieces[Int((seed >> 33) % UInt64(pieces.count))]
            }
            let context = HTMLDiagnosticContext(document: HTMLParser.parse(text: page))
            for rule in HTMLDiagnostics.ruleTypes where !context.facts.isSuperset(of: rule.needs) {
                var emitter = FindingEmitter()
                rule.check(context, into: &emitter)
                #expect(emitter.findings.isEmpty, "\(rule.id) on \(page)")
            }
        }
    }
}

import CLibXML2
import Foundation
import KruCore
import Testing

@testable import KruXML

/// What a parse gives: an element, or the kind of error.
private enum Outcome: Equatable, Sendable {
    case element(XMLElement)
    case error(XMLReadError.Kind)
}

private func loc(_ line: Int, _ column: Int) -> KruCore.SourceLocation {
    KruCore.SourceLocation(file: "p.xml", line: line, column: column)
}

private let program = XMLElement(
    name: "xml",
    children: [
        XMLElement(
            name: "block", attributes: ["type": "a", "id": "1"],
            children: [XMLElement(name: "field", attributes: ["name": "N"], text: "3", location: loc(1, 29))],
            location: loc(1, 6)),
    ],
    location: loc(1, 1))
private let small = XMLElement(name: "x", children: [XMLElement(name: "b", location: loc(1, 4))], location: loc(1, 1))
private let declaredLatin1 = XMLElement(name: "x", attributes: ["a": "ខ្មែរ"], text: "\nក", location: loc(2, 1))
private let prefixed = XMLElement(name: "x", attributes: ["k": "2"], location: loc(1, 1))
private let deep = "<x>" + String(repeating: "<y>", count: 300) + String(repeating: "</y>", count: 300) + "</x>"

/// Documents of every kind a parse may end in, each with what it must give.
private let documents: [(source: String, expected: Outcome)] = [
    (#"<xml><block type="a" id="1"><field name="N">3</field></block></xml>"#, .element(program)),
    ("<!DOCTYPE x [ <!ENTITY e \"boom\"> <!ATTLIST b t CDATA \"implied\"> ]>\n<x><b/>&e;</x>", .error(.doctype)),
    // After a DOCTYPE declared `e` and a default for `t`, neither exists here.
    ("<x><b/>&e;</x>", .error(.malformed)),
    ("<x><b/></x>", .element(small)),
    ("<x>\n<b></x>", .error(.malformed)),
    (#"<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?>"# + "\n<x a=\"ខ្មែរ\">\nក</x>", .element(declaredLatin1)),
    (#"<p:x xmlns:p="urn:p" xmlns:q="urn:q" p:k="1" q:k="2"/>"#, .element(prefixed)),
    (deep, .error(.tooDeep)),
    ("<x><b/></x>", .element(small)),
]

private func outcome(_ source: String) -> Outcome {
    do {
        return .element(try XMLReader.parse(text: source, file: "p.xml"))
    } catch {
        return .error(error.kind)
    }
}

/// Runs `body` on a thread of its own (so with a parser context of its own) and waits for it.
private func onNewThread<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var result: T?
    let thread = Thread {
        result = body()
        done.signal()
    }
    thread.start()
    done.wait()
    return result!
}

@Test func reusedContextsGiveWhatFreshContextsGive() {
    // Each document on a fresh thread, so with a new context…
    for (source, expected) in documents {
        #expect(onNewThread { outcome(source) } == expected, "\(source)")
    }
    // …and all of them, three times over, on one thread reusing its context.
    onNewThread {
        for _ in 0..<3 {
            for (source, expected) in documents { #expect(outcome(source) == expected, "\(source)") }
        }
    }
}

@Test func manyThreadsReusingContextsGetTheirOwnResults() {
    DispatchQueue.concurrentPerform(iterations: 8) { thread in
        for round in 0..<60 {
            let index = (thread + round) % documents.count
            #expect(outcome(documents[index].source) == documents[index].expected)
        }
    }
}

@Test func aThreadKeepsOneContextAndDropsOneWithALargeDictionary() {
    onNewThread {
        guard let held = ParserContexts.take() else { Issue.record("no context"); return }
        // While a thread's context is taken (a parse inside a parse), it gets another.
        let inner = ParserContexts.take()
        #expect(inner != nil && inner != held)
        if let inner { xmlFreeParserCtxt(inner) }
        // A parse whose dictionary grows large frees its context instead of keeping it, so the
        // thread's slot stays empty and the context given back next is the one kept.
        let names = (0...ParserContexts.dictionaryLimit).map { "<n\($0)/>" }.joined()
        #expect((try? XMLReader.parse(text: "<x>" + names + "</x>", file: "p.xml"))?.children.count == ParserContexts.dictionaryLimit + 1)
        ParserContexts.giveBack(held)
        let kept = ParserContexts.take()
        #expect(kept == held)
        if let kept { ParserContexts.giveBack(kept) }
        #expect(outcome("<x><b/></x>") == .element(small))
    }
}

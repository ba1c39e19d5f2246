import KruCore
import KruHTML

/// What an outcome says, kept as its parts until a result shows it.
///
/// Most outcomes are thrown away (those of the elements an `every` accepts, of the
/// candidates before the one a `some` finds, the expectations of passing conditions), so
/// their texts are never built; the one a result shows is written once, in both languages,
/// by ``rendered``. Each case renders exactly the text kru has always shown.
enum Message: Sendable {
    /// No text (what a passing condition wanted, which is never shown).
    case nothing
    /// A finished text.
    case text(LocalizedText)
    /// "<img> at line 5: …": what was found on one element.
    indirect case about(Element, Message)
    /// Parts joined with "; ", leaving out parts with no English text.
    case joined([Message])
    /// "found 2 <h1> elements, at lines 5 and 9" / "found no <h1> element"; `what` names the
    /// selector (``RubricSelector/name``), `children` says the elements are child elements.
    case found(what: String, children: Bool, elements: Selection)
    /// "found no <h1> element", as ``found(what:children:elements:)`` says it of no elements.
    case foundNone(what: String, children: Bool)
    /// "expected exactly 1" / "expected at least 3" / "expected between 2 and 4".
    case expectedCount(CountBound)
    /// "the <h1> element is right" / "all 3 <h1> elements are right", or that there is none.
    case allRight(count: Int, what: String)
    /// "it is inside <head> at line 3".
    case inside(Element)
    /// "it has lang="km"" / "it has no lang attribute".
    case attribute(name: String, value: String?)
    /// "its text "Hello" has 5 characters (not counting spaces)" when `length` is given,
    /// otherwise "its text is "Hello"" (the text is quoted with ``BilingualWriter/write(quoting:quoteEnd:)``;
    /// `quoteEnd`, when known, is where that quote ends).
    case elementText(String, length: Int?, quoteEnd: Int? = nil)
    /// The distinct expectations of alternatives: "expected A, or expected B".
    case alternatives([Message])

    /// The message in both languages.
    var rendered: LocalizedText {
        var writer = BilingualWriter()
        return writer.render(self)
    }
}

extension BilingualWriter {
    /// A message in both languages, written with this writer's buffers (which must be empty).
    mutating func render(_ message: Message) -> LocalizedText {
        if case .text(let text) = message { return text }
        write(message)
        return take()
    }

    /// What an outcome found (``Outcome/foundMessage``), written with this writer's buffers
    /// (which must be empty).
    mutating func renderFound(_ outcome: Outcome) -> LocalizedText {
        guard case .element = outcome.subject else { return render(outcome.found) }
        writeFound(outcome)
        return take()
    }

    /// Writes what an outcome found (``Outcome/foundMessage``).
    mutating func writeFound(_ outcome: Outcome) {
        if case .element(let subject) = outcome.subject { writeAbout(subject) }
        write(outcome.found)
    }

    /// "<img> at line 5: ", before what was found on that element.
    private mutating func writeAbout(_ element: Element) {
        write(element)
        write(en: ": ", km: "៖ ")
    }

    mutating func write(_ message: Message) {
        switch message {
        case .nothing:
            break
        case .text(let text):
            write(text)
        case .about(let element, let found):
            writeAbout(element)
            write(found)
        case .joined(let parts):
            writeJoined(parts) { $0.write($1) }
        case .foundNone(let what, let children):
            writeFound(count: 0, what: what, children: children, lines: EmptyCollection())
        case .found(let what, let children, let elements):
            writeFound(count: elements.count, what: what, children: children, lines: elements.lines)
        case .expectedCount(let bound):
            if let exactly = bound.exactly {
                write(en: "expected exactly ", km: "ត្រូវមានចំនួន ")
                write(exactly)
                write(km: " ពិតប្រាកដ")
                return
            }
            switch (bound.atLeast, bound.atMost) {
            case let (low?, high?):
                write(en: "expected between ", km: "ត្រូវមានពី ")
                write(low)
                write(en: " and ", km: " ដល់ ")
                write(high)
            case let (low?, nil):
                write(en: "expected at least ", km: "ត្រូវមានយ៉ាងហោចណាស់ ")
                write(low)
            case let (nil, high?):
                write(en: "expected at most ", km: "ត្រូវមានយ៉ាងច្រើនបំផុត ")
                write(high)
            default:
                break
            }
        case .allRight(let count, let what):
            switch count {
            case 0:
                write(en: "there is no ", km: "គ្មានធាតុ ")
                write(both: what)
                write(en: " element, so nothing to check", km: " ទេ ដូច្នេះគ្មានអ្វីត្រូវពិនិត្យ")
            case 1:
                write(en: "the ", km: "ធាតុ ")
                write(both: what)
                write(en: " element is right", km: " ត្រឹមត្រូវ")
            default:
                // "all 3 <img> elements are right" / "ធាតុ <img> ទាំង 3 ត្រឹមត្រូវ"
                write(en: "all ", km: "ធាតុ ")
                write(en: count)
                write(en: " ")
                write(both: what)
                write(en: " elements are right", km: " ទាំង ")
                write(km: count)
                write(km: " ត្រឹមត្រូវ")
            }
        case .inside(let holder):
            write(en: "it is inside ", km: "វានៅក្នុង ")
            write(holder)
        case .attribute(let name, let value):
            if let value {
                write(en: "it has ", km: "វាមាន ")
                write(both: name)
                write("=")
                write(quoting: value)
            } else {
                write(en: "it has no ", km: "វាគ្មាន attribute ")
                write(both: name)
                write(en: " attribute", km: " ទេ")
            }
        case .elementText(let value, let length, let quoteEnd):
            if let length {
                write(en: "its text ", km: "អត្ថបទ ")
                write(quoting: value, quoteEnd: quoteEnd)
                write(en: " has ", km: " មាន ")
                write(length)
                write(en: length == 1 ? " character (not counting spaces)" : " characters (not counting spaces)", km: " តួអក្សរ (មិនរាប់ដកឃ្លា)")
            } else {
                write(en: "its text is ", km: "អត្ថបទរបស់វាគឺ ")
                write(quoting: value, quoteEnd: quoteEnd)
            }
        case .alternatives(let items):
            var distinct: [LocalizedText] = []
            for item in items {
                let text = item.rendered
                if !distinct.contains(text) { distinct.append(text) }
            }
            for (index, text) in distinct.enumerated() {
                if index > 0 { write(en: ", or ", km: " ឬ ") }
                write(text)
            }
        }
    }

    /// "found 2 <h1> elements, at lines 5 and 9" / "found no <h1> element".
    private mutating func writeFound(count: Int, what: String, children: Bool, lines: some Sequence<Int>) {
        let kind: (en: StaticString, km: StaticString) = children ? ("child element", "ធាតុកូន") : ("element", "ធាតុ")
        if count == 0 {
            // "found no <h1> element" / "រកមិនឃើញធាតុ <h1> ទេ"
            write(en: "found no ", km: "រកមិនឃើញ")
            write(km: kind.km)
            write(km: " ")
            write(both: what)
            write(en: " ")
            write(en: kind.en, km: " ទេ")
            return
        }
        // "found 2 <h1> elements" / "រកឃើញធាតុ <h1> ចំនួន 2"
        write(en: "found ", km: "រកឃើញ")
        write(en: count)
        write(en: " ", km: kind.km)
        write(km: " ")
        write(both: what)
        write(en: " ", km: " ចំនួន ")
        write(en: kind.en)
        write(km: count)
        if count != 1 { write(en: "s") }
        write(lines: lines, lead: (", ", " "))
    }
}

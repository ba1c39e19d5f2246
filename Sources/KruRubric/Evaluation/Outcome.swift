import KruCore
import KruHTML

/// The result of evaluating one condition: the verdict plus what was found
/// and what was wanted, in both languages, and the place it is about.
struct Outcome {
    var passed: Bool
    /// What the evaluation saw ("found 2 <h1> elements, at lines 5 and 9"); on ``subject``
    /// when there is one (see ``foundMessage``).
    var found: Message
    /// What the condition wanted ("expected exactly 1"); shown on failure.
    var expected: Message
    /// The most relevant place (the second `<h1>`, the `<img>` without `alt`).
    var location: SourceLocation?
    /// True when the condition could not be judged (a file is missing or unreadable).
    var cannotRun = false
    /// What `not:` around this condition wants, when the condition can say it better than
    /// "this is not allowed" ("expected color not to be rgb(0, 0, 0)").
    var negation: LocalizedText?
    /// The element the outcome is about, named before what was found ("<img> at line 5: …"),
    /// set by ``describe(_:)``. Kept beside `found` rather than in a ``Message/about(_:_:)``,
    /// whose box is an allocation: most outcomes of a check that looks at elements are about one.
    var subject = Subject.none

    /// The element an outcome is about, if any. An enum of this module rather than an
    /// `Element?`: an optional of another module's struct is copied through its generic value
    /// witnesses (a call and a metadata lookup each time), this one in place.
    enum Subject {
        case none
        case element(Element)
    }

    /// What was found, with the element it is about first ("<img> at line 5: …").
    var foundMessage: Message {
        guard case .element(let subject) = subject else { return found }
        return .about(subject, found)
    }

    static func pass(_ found: Message, at location: SourceLocation? = nil) -> Outcome {
        // What a passing condition wanted is never shown.
        Outcome(passed: true, found: found, expected: .nothing, location: location)
    }

    static func pass(_ found: LocalizedText, at location: SourceLocation? = nil) -> Outcome {
        pass(.text(found), at: location)
    }

    static func fail(_ found: Message, expected: Message, at location: SourceLocation? = nil) -> Outcome {
        Outcome(passed: false, found: found, expected: expected, location: location)
    }

    static func fail(_ found: LocalizedText, expected: LocalizedText, at location: SourceLocation? = nil) -> Outcome {
        fail(.text(found), expected: .text(expected), at: location)
    }

    static func cannotRun(_ reason: LocalizedText, at location: SourceLocation? = nil) -> Outcome {
        Outcome(passed: false, found: .text(reason), expected: .text(reason), location: location, cannotRun: true)
    }

    /// Makes the outcome about `element`: "<img> at line 5: " before what was found, and the
    /// element's place when the outcome has none.
    mutating func describe(_ element: Element) {
        if case .element(let subject) = subject { found = .about(subject, found) }
        subject = .element(element)
        if location == nil { location = element.locationQuickly }
    }
}

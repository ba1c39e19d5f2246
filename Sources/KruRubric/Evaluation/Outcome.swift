import KruCore

/// The result of evaluating one condition: the verdict plus what was found
/// and what was wanted, in both languages, and the place it is about.
struct Outcome {
    var passed: Bool
    /// What the evaluation saw ("found 2 <h1> elements, at lines 5 and 9").
    var found: LocalizedText
    /// What the condition wanted ("expected exactly 1"); shown on failure.
    var expected: LocalizedText
    /// The most relevant place (the second `<h1>`, the `<img>` without `alt`).
    var location: SourceLocation?
    /// True when the condition could not be judged (a file is missing or unreadable).
    var cannotRun = false
    /// What `not:` around this condition wants, when the condition can say it better than
    /// "this is not allowed" ("expected color not to be rgb(0, 0, 0)").
    var negation: LocalizedText?

    static func pass(_ found: LocalizedText, at location: SourceLocation? = nil) -> Outcome {
        Outcome(passed: true, found: found, expected: found, location: location)
    }

    static func fail(_ found: LocalizedText, expected: LocalizedText, at location: SourceLocation? = nil) -> Outcome {
        Outcome(passed: false, found: found, expected: expected, location: location)
    }

    static func cannotRun(_ reason: LocalizedText, at location: SourceLocation? = nil) -> Outcome {
        Outcome(passed: false, found: reason, expected: reason, location: location, cannotRun: true)
    }

    /// The same outcome with `prefix: ` put before what was found.
    func prefixed(_ prefix: LocalizedText) -> Outcome {
        var copy = self
        copy.found = LocalizedText(en: "\(prefix.en): \(found.en)", km: "\(prefix.km)៖ \(found.km)")
        return copy
    }
}

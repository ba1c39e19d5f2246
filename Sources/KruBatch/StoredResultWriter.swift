import Foundation
import KruCore
import KruReports

/// Writes a ``GradedSubmission`` as the JSON stored in the history database,
/// field by field: what its synthesized `Encodable` gives (members in
/// declaration order, absent optionals left out, numbers as Swift prints
/// them), without going through `Encoder`'s containers for every value,
/// which cost as much as grading a page. ``StoredResultReader`` reads it
/// back; any JSON reader does.
package enum StoredResultWriter {
    /// The JSON of `value`, or `nil` when a number is not finite (JSON has no
    /// such number: the result cannot be stored).
    package static func encode(_ value: GradedSubmission) -> Data? {
        var writer = JSONWriter()
        writer.bytes.reserveCapacity(4096)
        writer.write(value)
        return writer.finite ? Data(writer.bytes) : nil
    }
}

/// The bytes written so far.
struct JSONWriter {
    var bytes: [UInt8] = []
    /// False once a number could not be written.
    var finite = true

    mutating func write(_ value: GradedSubmission) {
        raw("{\"result\":")
        write(value.result)
        raw(",\"excerpts\":[")
        for (index, excerpt) in value.excerpts.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            raw("{\"file\":")
            string(excerpt.file)
            raw(",\"line\":")
            int(excerpt.line)
            raw(",\"text\":")
            string(excerpt.text)
            bytes.append(0x7D)
        }
        bytes.append(0x5D)
        if let picture = value.picture {
            raw(",\"picture\":")
            string(picture)
        }
        bytes.append(0x7D)
    }

    mutating func write(_ result: GradeResult) {
        raw("{\"exercise\":")
        string(result.exercise)
        raw(",\"title\":")
        write(result.title)
        raw(",\"checks\":[")
        for (index, check) in result.checks.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            write(check)
        }
        raw("],\"diagnostics\":[")
        for (index, finding) in result.diagnostics.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            write(finding)
        }
        bytes.append(0x5D)
        if let run = result.run {
            raw(",\"run\":{\"outcome\":")
            string(run.outcome.rawValue)
            raw(",\"steps\":")
            int(run.steps)
            raw(",\"blocks\":")
            int(run.blocks)
            if let block = run.block {
                raw(",\"block\":")
                string(block)
            }
            bytes.append(0x7D)
        }
        bytes.append(0x7D)
    }

    mutating func write(_ check: CheckResult) {
        raw("{\"id\":")
        string(check.id)
        raw(",\"status\":")
        string(check.status.rawValue)
        raw(",\"points\":")
        double(check.points)
        raw(",\"maxPoints\":")
        double(check.maxPoints)
        raw(",\"title\":")
        write(check.title)
        raw(",\"message\":")
        write(check.message)
        if let hint = check.hint {
            raw(",\"hint\":")
            write(hint)
        }
        if let location = check.location {
            raw(",\"location\":")
            write(location)
        }
        raw(",\"notes\":")
        write(check.notes)
        bytes.append(0x7D)
    }

    mutating func write(_ finding: Finding) {
        raw("{\"id\":")
        string(finding.id)
        raw(",\"severity\":")
        string(finding.severity.rawValue)
        raw(",\"message\":")
        write(finding.message)
        if let location = finding.location {
            raw(",\"location\":")
            write(location)
        }
        raw(",\"notes\":")
        write(finding.notes)
        bytes.append(0x7D)
    }

    mutating func write(_ notes: [LocalizedText]) {
        bytes.append(0x5B)
        for (index, note) in notes.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            write(note)
        }
        bytes.append(0x5D)
    }

    mutating func write(_ text: LocalizedText) {
        raw("{\"en\":")
        string(text.en)
        raw(",\"km\":")
        string(text.km)
        bytes.append(0x7D)
    }

    mutating func write(_ location: SourceLocation) {
        raw("{\"file\":")
        string(location.file)
        raw(",\"line\":")
        int(location.line)
        raw(",\"column\":")
        int(location.column)
        bytes.append(0x7D)
    }

    /// JSON punctuation and keys, written as they are.
    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func string(_ text: String) {
        JSONText.string(text, into: &bytes)
    }

    mutating func double(_ value: Double) {
        guard value.isFinite else {
            finite = false
            return
        }
        bytes.append(contentsOf: value.description.utf8)
    }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }
}

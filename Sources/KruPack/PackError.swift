import KruCore

/// A problem with an exercise pack file, with the place it is at.
public struct PackError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    public init(file: String, message: String) {
        self.init(location: SourceLocation(file: file, line: 1, column: 1), message: message)
    }

    /// `exercises/web/01-first-page/exercise.yaml:3:1: missing key "title"`
    public var description: String { "\(location): \(message)" }

    /// What a student or mentor is told when this problem stops an
    /// exercise's grader from loading: the author-facing problem (file,
    /// line and English text, as ``description``) framed in English and
    /// Khmer, with what to do about it.
    public var graderCannotBeLoaded: LocalizedText {
        LocalizedText(
            en: "the grader of this exercise cannot be loaded ({problem}); tell your mentor: the exercise pack needs fixing",
            km: "មិនអាចផ្ទុកកម្មវិធីដាក់ពិន្ទុរបស់លំហាត់នេះបានទេ ({problem}); សូមប្រាប់គ្រូណែនាំរបស់អ្នក ព្រោះកញ្ចប់លំហាត់ត្រូវការកែ")
            .filling(["problem": description])
    }
}

/// No exercise of the pack answers to the id or path a user typed.
public struct ExerciseNotFound: Error, Hashable, Sendable, CustomStringConvertible {
    /// What the user typed.
    public var reference: String
    /// What is wrong and what to do (a close id, or `kru list`), in English and Khmer.
    public var message: LocalizedText

    public var description: String { message.en }
}

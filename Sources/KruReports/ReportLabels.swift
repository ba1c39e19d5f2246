import Foundation
import KruCore

/// Fixed words of the reports, in both languages.
package enum ReportLabels {
    package static let score = LocalizedText(en: "Score", km: "ពិន្ទុ")
    package static let hint = LocalizedText(en: "Hint", km: "គន្លឹះ")
    package static let advice = LocalizedText(
        en: "Advice (does not change your score)",
        km: "ដំបូន្មាន (មិនប៉ះពាល់ដល់ពិន្ទុរបស់អ្នកទេ)")
    package static let allPassed = LocalizedText(
        en: "Well done: every check passes!",
        km: "ល្អណាស់៖ ការត្រួតពិនិត្យទាំងអស់បានជាប់!")
    package static let someFailed = LocalizedText(
        en: "{count} to fix. Start with the first one.",
        km: "មាន {count} ត្រូវកែ។ ចាប់ផ្ដើមពីទីមួយ។")
    package static let line = LocalizedText(en: "line", km: "បន្ទាត់")
    package static let pass = LocalizedText(en: "pass", km: "ជាប់")
    package static let fail = LocalizedText(en: "fail", km: "ធ្លាក់")
    package static let error = LocalizedText(en: "error", km: "កំហុស")
    package static let warning = LocalizedText(en: "warning", km: "ការព្រមាន")
    package static let info = LocalizedText(en: "note", km: "កំណត់សម្គាល់")
    package static let robot = LocalizedText(en: "Robot", km: "រ៉ូបូត")
    package static let step = LocalizedText(en: "step", km: "ជំហាន")
    package static let steps = LocalizedText(en: "steps", km: "ជំហាន")
    package static let block = LocalizedText(en: "block", km: "ប្លុក")
    package static let blocks = LocalizedText(en: "blocks", km: "ប្លុក")

    /// "1 step, 2 blocks" / "1 ជំហាន, 2 ប្លុក": the robot's run in a few words (Khmer has no plural).
    package static func runSize(steps: Int, blocks: Int, in language: Language) -> String {
        func counted(_ count: Int, _ one: LocalizedText, _ many: LocalizedText) -> String {
            "\(count) \((count == 1 ? one : many).text(language))"
        }
        return counted(steps, step, Self.steps) + ", " + counted(blocks, block, Self.blocks)
    }

    package static func status(_ status: CheckStatus) -> LocalizedText {
        switch status {
        case .pass: return pass
        case .fail: return fail
        case .error: return error
        }
    }

    package static func severity(_ severity: Severity) -> LocalizedText {
        switch severity {
        case .error: return error
        case .warning: return warning
        case .info: return info
        }
    }

    package static func outcome(_ outcome: RunSummary.Outcome) -> LocalizedText {
        switch outcome {
        case .solved: return LocalizedText(en: "reached the finish", km: "បានទៅដល់ទីបញ្ចប់")
        case .crash: return LocalizedText(en: "hit a wall", km: "បានបុកជញ្ជាំង")
        case .timeout: return LocalizedText(en: "kept going for too long (an endless loop?)", km: "ដើររហូតយូរពេក (រង្វិលជុំគ្មានទីបញ្ចប់?)")
        case .stopped: return LocalizedText(en: "stopped before the finish", km: "បានឈប់មុនដល់ទីបញ្ចប់")
        case .notRun: return LocalizedText(en: "did not run", km: "មិនបានដំណើរការ")
        }
    }

    /// `3` or `2.5`: points without a needless `.0`.
    package static func points(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

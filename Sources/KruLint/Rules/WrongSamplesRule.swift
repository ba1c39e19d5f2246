import KruCore

/// `wrong-samples`: every known-wrong sample fails exactly the checks its
/// expect file declares, and no others.
struct WrongSamplesRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "wrong-samples",
        title: LocalizedText(
            en: "every known-wrong sample fails exactly the checks it declares",
            km: "គំរូខុសនីមួយៗធ្លាក់តែការត្រួតពិនិត្យដែលវាប្រកាសប៉ុណ្ណោះ"))

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        for wrong in exercise.wrong {
            guard let sample = wrong.sample, let fails = wrong.expect?.fails, let location = wrong.expect?.failsLocation else {
                continue
            }
            guard let result = sample.result else {
                let reason = sample.ungradable ?? LocalizedText(en: "it cannot be graded", km: "វាមិនអាចដាក់ពិន្ទុបានទេ")
                emitter.emit(
                    info, at: sample.start, en: "the known-wrong sample \(wrong.name) cannot be graded: \(reason.en)",
                    km: "គំរូខុស \(wrong.name) មិនអាចដាក់ពិន្ទុបានទេ៖ \(reason.km)")
                continue
            }
            let known = Set(result.checks.map(\.id))
            let declared = Set(fails.map(\.id)).intersection(known)  // unknown ids: ExpectFileRule
            let failed = Set(sample.failedChecks)
            guard declared != failed else { continue }
            let unexpected = failed.subtracting(declared).sorted()
            let passing = declared.subtracting(failed).sorted()
            let failedList = failed.sorted().joined(separator: ", ")
            let declaredList = declared.sorted().joined(separator: ", ")
            var en = "wrong/\(wrong.name) fails [\(failedList)] but `fails:` declares [\(declaredList)]"
            var km = "wrong/\(wrong.name) ធ្លាក់ [\(failedList)] ប៉ុន្តែ `fails:` ប្រកាស [\(declaredList)]"
            if !unexpected.isEmpty {
                let list = unexpected.joined(separator: ", ")
                en += "; not declared: \(list)"
                km += "; មិនបានប្រកាស៖ \(list)"
            }
            if !passing.isEmpty {
                let list = passing.joined(separator: ", ")
                en += "; declared but passing: \(list)"
                km += "; បានប្រកាស ប៉ុន្តែឆ្លង៖ \(list)"
            }
            let notes = unexpected.compactMap { id in result.checks.first { $0.id == id } }.map { check in
                LocalizedText(
                    en: "\(check.id) at \(sample.packLocation(check.location)): \(check.message.en)",
                    km: "\(check.id) នៅ \(sample.packLocation(check.location))៖ \(check.message.km)")
            }
            emitter.emit(info, at: location, en: en, km: km, notes: notes)
        }
    }
}

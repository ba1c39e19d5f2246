import KruCore

/// Fixed words of the batch outputs (student reports, cohort summary,
/// gradebooks), in both languages.
package enum BatchLabels {
    package static let reportTitle = LocalizedText(en: "Feedback for {name}", km: "មតិកែលម្អសម្រាប់ {name}")
    package static let total = LocalizedText(en: "Total", km: "សរុប")
    package static let notSubmitted = LocalizedText(en: "Nothing submitted yet", km: "មិនទាន់បានដាក់ស្នើអ្វីទេ")
    package static let couldNotGrade = LocalizedText(en: "Could not be graded", km: "មិនអាចដាក់ពិន្ទុបានទេ")
    package static let reused = LocalizedText(en: "unchanged since the last run", km: "មិនបានផ្លាស់ប្ដូរតាំងពីលើកមុន")
    package static let submittedFrom = LocalizedText(en: "Submitted file", km: "ឯកសារដែលបានដាក់ស្នើ")
    package static let generated = LocalizedText(en: "Graded by kru on {date}", km: "ដាក់ពិន្ទុដោយ kru នៅ {date}")
    package static let otherNotes = LocalizedText(en: "Other notes about your files", km: "កំណត់សម្គាល់ផ្សេងទៀតអំពីឯកសាររបស់អ្នក")
    package static let mazePicture = LocalizedText(en: "The robot's path", km: "ផ្លូវរបស់រ៉ូបូត")

    // Mentor's summary.
    package static let summaryTitle = LocalizedText(en: "Cohort summary", km: "សេចក្ដីសង្ខេបថ្នាក់")
    package static let students = LocalizedText(en: "Students", km: "សិស្ស")
    package static let exercise = LocalizedText(en: "Exercise", km: "លំហាត់")
    package static let exercises = LocalizedText(en: "Exercises", km: "លំហាត់")
    package static let submitted = LocalizedText(en: "Submitted", km: "បានដាក់ស្នើ")
    package static let allChecksPass = LocalizedText(en: "All checks pass", km: "ជាប់ការត្រួតពិនិត្យទាំងអស់")
    package static let passRate = LocalizedText(en: "Pass rate", km: "អត្រាជាប់")
    package static let averageScore = LocalizedText(en: "Average score", km: "ពិន្ទុមធ្យម")
    package static let checks = LocalizedText(en: "Checks", km: "ការត្រួតពិនិត្យ")
    package static let check = LocalizedText(en: "Check", km: "ការត្រួតពិនិត្យ")
    package static let failed = LocalizedText(en: "Failed", km: "ធ្លាក់")
    package static let mostFailed = LocalizedText(
        en: "Checks failed most (what to re-teach)", km: "ការត្រួតពិនិត្យដែលធ្លាក់ច្រើនបំផុត (អ្វីដែលត្រូវបង្រៀនឡើងវិញ)")
    package static let nothingSubmitted = LocalizedText(en: "Students who submitted nothing", km: "សិស្សដែលមិនបានដាក់ស្នើអ្វីសោះ")
    package static let errors = LocalizedText(en: "Submissions that could not be graded", km: "ការដាក់ស្នើដែលមិនអាចដាក់ពិន្ទុបាន")
    package static let problems = LocalizedText(en: "Other things found in the cohort", km: "រឿងផ្សេងទៀតដែលបានរកឃើញក្នុងថ្នាក់")
    package static let student = LocalizedText(en: "Student", km: "សិស្ស")
    package static let file = LocalizedText(en: "File", km: "ឯកសារ")
    package static let reason = LocalizedText(en: "Reason", km: "មូលហេតុ")
    package static let report = LocalizedText(en: "Report", km: "របាយការណ៍")
    package static let none = LocalizedText(en: "None.", km: "គ្មាន។")
    package static let counts = LocalizedText(
        en: "{students} students, {graded} submissions graded ({reused} unchanged and reused), {errors} could not be graded, {missing} missing.",
        km: "សិស្ស {students} នាក់ ការដាក់ស្នើ {graded} បានដាក់ពិន្ទុ ({reused} មិនផ្លាស់ប្ដូរ ហើយប្រើឡើងវិញ) {errors} មិនអាចដាក់ពិន្ទុបាន {missing} បាត់។")
    package static let feedbackScore = LocalizedText(en: "{score}/{max} points.", km: "{score}/{max} ពិន្ទុ។")
    package static let feedbackAllPass = LocalizedText(en: "Every check passes.", km: "ជាប់ការត្រួតពិនិត្យទាំងអស់។")
    package static let feedbackToFix = LocalizedText(en: "To fix:", km: "ត្រូវកែ៖")
}

import Foundation
import KruBatch
import KruCore
import KruPack
import KruReports
import Testing

@Suite struct DiscoveryTests {
    @Test func cohortFolderFindsFolderAndFileSubmissions() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("cohort/dara/web/01-first-page/index.html", goodPage)
        scratch.write("cohort/dara/maze/01-straight.xml", "<xml></xml>")
        scratch.write("cohort/សុខ ចាន់ធា/web/01-first-page.html", goodPage)
        scratch.write("cohort/សុខ ចាន់ធា/web/01-frist-page.html", goodPage)
        scratch.write("cohort/README.md", "# Week 3\n")  // the mentor's notes: neither a student nor a problem
        scratch.write("cohort/stray.html", goodPage)
        let cohort = try CohortDiscovery.discover(scratch.path("cohort"), pack: pack, exercise: nil, roster: nil, language: .english)
        #expect(cohort.layout == .folder)
        #expect(cohort.students.map(\.name) == ["dara", "សុខ ចាន់ធា"])
        let found = cohort.submissions.map { "\($0.student.name)|\($0.exercise.id)" }.sorted()
        #expect(found == ["dara|maze/01-straight", "dara|web/01-first-page", "សុខ ចាន់ធា|web/01-first-page"])
        #expect(cohort.exercises.map(\.id) == ["maze/01-straight", "web/01-first-page"])
        #expect(cohort.problems.map(\.file).sorted() == ["stray.html", "សុខ ចាន់ធា/web/01-frist-page.html"])
        let stray = try #require(cohort.problems.first { $0.file.hasSuffix("frist-page.html") })
        #expect(stray.message.en.contains("did you mean web/01-first-page?"))
        // សុខ has no maze submission: a missing row.
        #expect(cohort.missingRows.map { "\($0.student.name)|\($0.exercise)" } == ["សុខ ចាន់ធា|maze/01-straight"])
    }

    @Test func rosterNamesStudentsSetsLanguagesAndListsThoseWithNothing() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("cohort/s01/web/01-first-page.html", goodPage)
        scratch.write("cohort/Dara Chan/web/01-first-page.html", goodPage)
        // BOM, Khmer header for the name, semicolons as Excel writes in some locales.
        let roster = "\u{FEFF}Student ID;ឈ្មោះ;Language\r\ns01;សុខ ចាន់ធា;km\r\ns02;Dara Chan;en\r\ns03;ស្រីនាង;ខ្មែរ\r\n"
        let parsed = try Roster.parse(Data(roster.utf8), file: "roster.csv")
        #expect(parsed.entries.map(\.name) == ["សុខ ចាន់ធា", "Dara Chan", "ស្រីនាង"])
        let cohort = try CohortDiscovery.discover(scratch.path("cohort"), pack: pack, exercise: nil, roster: parsed, language: .english)
        #expect(cohort.students.map(\.name) == ["សុខ ចាន់ធា", "Dara Chan", "ស្រីនាង"])
        #expect(cohort.students.map(\.key) == ["s01", "s02", "s03"])
        #expect(cohort.students.map(\.language) == [.khmer, .english, .khmer])
        #expect(cohort.submissions.map(\.student.key).sorted() == ["s01", "s02"])
        #expect(cohort.missingRows.map(\.student.name) == ["ស្រីនាង"])
        #expect(cohort.problems.isEmpty)
    }

    @Test func rosterWithoutUsableHeaderIsRefused() {
        #expect(throws: BatchError.self) { try Roster.parse(Data("a,b\n1,2\n".utf8), file: "r.csv") }
        #expect(throws: BatchError.self) { try Roster.parse(Data("id,name,lang\n1,A,fr\n".utf8), file: "r.csv") }
    }

    @Test func moodleFolderNeedsExerciseAndReadsParticipants() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("dl/Dara Chan_123456_assignsubmission_file_/index.html", goodPage)
        scratch.write("dl/សុខ ចាន់ធា_654321_assignsubmission_file_/mypage.html", goodPage)
        scratch.write("dl/Vanna Kim_111111_assignsubmission_file_page.html", goodPage)
        #expect(throws: BatchError.self) {
            try CohortDiscovery.discover(scratch.path("dl"), pack: pack, exercise: nil, roster: nil, language: .english)
        }
        let cohort = try CohortDiscovery.discover(
            scratch.path("dl"), pack: pack, exercise: "web/01-first-page", roster: nil, language: .khmer)
        #expect(cohort.layout == .moodleFolder)
        #expect(Set(cohort.students.map(\.participant)) == ["123456", "654321", "111111"])
        #expect(cohort.students.contains { $0.name == "សុខ ចាន់ធា" && $0.key == "654321" })
        let files = try cohort.submissions.map { try SubmissionReader.read($0).paths }
        #expect(files.allSatisfy { $0 == ["index.html"] })
    }

    @Test func moodleZipIsReadInMemory() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        let zip = scratch.zip("all.zip", [
            ("Dara Chan_123456_assignsubmission_file_/index.html", Data(goodPage.utf8)),
            ("សុខ ចាន់ធា_654321_assignsubmission_file_/site/index.html", Data(goodPage.utf8)),
            ("__MACOSX/._index.html", Data([0, 1, 2])),
        ])
        let cohort = try CohortDiscovery.discover(zip, pack: pack, exercise: "web/01-first-page", roster: nil, language: .english)
        #expect(cohort.layout == .moodleZip)
        #expect(cohort.submissions.count == 2)
        #expect(cohort.problems.isEmpty)
        for submission in cohort.submissions {
            let files = try SubmissionReader.read(submission)
            #expect(files.paths == ["index.html"])
        }
    }

    @Test func corruptMoodleZipCannotRun() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        let zip = scratch.write("all.zip", Data("this is not a zip at all".utf8))
        #expect(throws: BatchError.self) {
            try CohortDiscovery.discover(zip, pack: pack, exercise: "web/01-first-page", roster: nil, language: .english)
        }
    }
}

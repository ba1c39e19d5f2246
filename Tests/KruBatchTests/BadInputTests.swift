import Foundation
import KruBatch
import KruCore
import KruPack
import KruReports
import Testing

/// Every kind of bad input becomes an error naming the file and the reason.
@Suite struct BadInputTests {
    func readError(_ submission: PendingSubmission) -> SubmissionError? {
        do {
            _ = try SubmissionReader.read(submission)
            return nil
        } catch {
            return error
        }
    }

    func discover(_ scratch: Scratch, _ pack: Pack, exercise: String? = nil, at path: String = "cohort") throws -> Cohort {
        try CohortDiscovery.discover(scratch.path(path), pack: pack, exercise: exercise, roster: nil, language: .english)
    }

    func submission(_ cohort: Cohort, _ student: String) throws -> PendingSubmission {
        try #require(cohort.submissions.first { $0.student.name == student })
    }

    @Test func emptyBinaryUndecodableAndHugeFilesAreErrors() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("cohort/empty/web/01-first-page.html", "")
        scratch.write("cohort/blank/web/01-first-page.html", "  \n\n ")
        scratch.write("cohort/binary/web/01-first-page.html", Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]))
        scratch.write("cohort/latin1/web/01-first-page.html", Data("<p>caf\u{E9}</p>".utf8.map { $0 }.dropLast(0)) + Data([0xE9, 0xFF]))
        scratch.write("cohort/utf16/web/01-first-page.html", Data([0xFF, 0xFE, 0x3C, 0x00, 0x3C]))
        scratch.write("cohort/huge/web/01-first-page.html", Data(repeating: 0x61, count: SubmissionFiles.defaultByteLimit + 1))
        scratch.write("cohort/emptyfolder/web/01-first-page/.keep", "")
        scratch.write("cohort/twoprograms/maze/01-straight/a.xml", "<xml/>")
        scratch.write("cohort/twoprograms/maze/01-straight/b.txt", "moveForward")
        let cohort = try discover(scratch, pack)
        let expectations: [(String, String)] = [
            ("empty", "is empty"), ("blank", "is empty"), ("binary", "not a text file"),
            ("latin1", "not valid UTF-8"), ("utf16", "not valid UTF-16"), ("huge", "larger than 5 MB"),
            ("emptyfolder", "no files"), ("twoprograms", "2 program files"),
        ]
        for (student, reason) in expectations {
            let error = try #require(readError(try submission(cohort, student)), "\(student) should be refused")
            #expect(error.message.en.contains(reason), "\(student): \(error.message.en)")
            #expect(error.description.contains(student), "the error names the file: \(error.description)")
            #expect(!error.message.km.isEmpty)
        }
    }

    @Test func unreadableFileIsAnError() throws {
        guard getuid() != 0 else { return }  // root reads everything
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        let file = scratch.write("cohort/locked/web/01-first-page.html", goodPage)
        chmod(file.path, 0)
        let cohort = try discover(scratch, pack)
        let error = try #require(readError(try submission(cohort, "locked")))
        #expect(error.message.en.contains("cannot be read"))
    }

    @Test func zipTraversalSymlinkBombAndCorruptionAreRefused() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.zip("cohort/climber/web/01-first-page.zip", [("../../evil.html", Data(goodPage.utf8))])
        scratch.zip("cohort/absolute/web/01-first-page.zip", [("/etc/evil.html", Data(goodPage.utf8))])
        scratch.zip("cohort/linker/web/01-first-page.zip", [("index.html", Data(goodPage.utf8))], symlinks: [("style.css", "/etc/passwd")])
        scratch.zip("cohort/bomber/web/01-first-page.zip", [("index.html", Data(repeating: 0x20, count: 3_000_000))])
        scratch.zip("cohort/bigbomber/web/01-first-page.zip", [("index.html", Data(repeating: 0x41, count: 6_000_000))])
        scratch.write("cohort/corrupt/web/01-first-page.zip", Data("PK\u{3}\u{4}garbage".utf8))
        var truncated = try Data(contentsOf: scratch.zip("ok.zip", [("index.html", Data(goodPage.utf8))]))
        truncated = truncated.prefix(truncated.count / 2)
        scratch.write("cohort/truncated/web/01-first-page.zip", truncated)
        scratch.zip("cohort/fine/web/01-first-page.zip", [("site/index.html", Data(goodPage.utf8)), ("site/style.css", Data("p{}".utf8))])
        let cohort = try discover(scratch, pack)
        let expectations: [(String, String)] = [
            ("climber", "climbs out"), ("absolute", "absolute path"), ("linker", "symbolic link"),
            ("bomber", "zip bomb"), ("bigbomber", "zip bomb"), ("corrupt", "not a readable zip"), ("truncated", "not a readable zip"),
        ]
        for (student, reason) in expectations {
            let error = try #require(readError(try submission(cohort, student)), "\(student) should be refused")
            #expect(error.message.en.contains(reason), "\(student): \(error.message.en)")
            #expect(error.description.contains(student))
        }
        let fine = try SubmissionReader.read(try submission(cohort, "fine"))
        #expect(fine.paths == ["index.html", "style.css"])
        // Nothing was extracted next to the cohort.
        #expect(!FileManager.default.fileExists(atPath: scratch.path("evil.html").path))
    }

    @Test func moodleZipWithClimbingEntryGivesThatStudentAnErrorRow() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        let zip = scratch.zip("all.zip", [
            ("Dara Chan_123456_assignsubmission_file_/index.html", Data(goodPage.utf8)),
            ("Bad Boy_222222_assignsubmission_file_/../../../tmp/x.html", Data(goodPage.utf8)),
            ("../outside.html", Data(goodPage.utf8)),
        ])
        let cohort = try CohortDiscovery.discover(zip, pack: pack, exercise: "web/01-first-page", roster: nil, language: .english)
        #expect(cohort.submissions.map(\.student.name) == ["Dara Chan"])
        let row = try #require(cohort.errors.first)
        #expect(row.student.participant == "222222")
        guard case .error(let file, let message) = row.outcome else { Issue.record("not an error row"); return }
        #expect(file.contains("Bad Boy_222222"))
        #expect(message.en.contains("climbs out"))
        #expect(cohort.problems.contains { $0.file.contains("../outside.html") })
    }

    @Test func duplicateStudentFoldersBecomeErrorRowsAndOthersAreGraded() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("dl/Dara Chan_123456_assignsubmission_file_/index.html", goodPage)
        scratch.write("dl/Dara  Chan_123456_assignsubmission_file_/index.html", goodPage)
        scratch.write("dl/Vanna Kim_111111_assignsubmission_file_/index.html", goodPage)
        let cohort = try discover(scratch, pack, exercise: "web/01-first-page", at: "dl")
        #expect(cohort.submissions.map(\.student.name) == ["Vanna Kim"])
        let row = try #require(cohort.errors.first)
        guard case .error(let file, let message) = row.outcome else { Issue.record("not an error row"); return }
        #expect(file.contains("Dara Chan_123456") && file.contains("Dara  Chan_123456"))
        #expect(message.en.contains("several folders"))
    }

    @Test func twoSubmissionsForOneExerciseAreAnError() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("cohort/dara/web/01-first-page.html", goodPage)
        scratch.write("cohort/dara/web/01-first-page/index.html", goodPage)
        scratch.write("cohort/Dara/maze/01-straight.txt", "moveForward")
        scratch.write("cohort/vanna/web/01-first-page.html", goodPage)
        let cohort = try discover(scratch, pack)
        #expect(cohort.submissions.map(\.student.name) == ["vanna"])
        // "dara" and "Dara" are one student in two folders; the double submission is reported too.
        #expect(Set(cohort.errors.map(\.exercise)) == ["web/01-first-page", "maze/01-straight"])
        #expect(cohort.errors.allSatisfy { $0.status == "error" })
    }
}

/// End to end: every kind of bad input in one cohort becomes an error row naming the file, and the good work is graded.
@Suite struct BadInputRunTests {
    @Test func everyBadInputIsAnErrorRowAndOthersAreGraded() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("cohort/good/web/01-first-page.html", goodPage)
        scratch.write("cohort/empty/web/01-first-page.html", "")
        scratch.write("cohort/binary/web/01-first-page.html", Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]))
        scratch.write("cohort/latin1/web/01-first-page.html", Data([0x3C, 0x70, 0x3E, 0xE9, 0xFF]))
        scratch.write("cohort/huge/web/01-first-page.html", Data(repeating: 0x61, count: SubmissionFiles.defaultByteLimit + 1))
        scratch.zip("cohort/climber/web/01-first-page.zip", [("../../evil.html", Data(goodPage.utf8))])
        scratch.zip("cohort/bomber/web/01-first-page.zip", [("index.html", Data(repeating: 0x41, count: 6_000_000))])
        scratch.write("cohort/corrupt/web/01-first-page.zip", Data("PK\u{3}\u{4}garbage".utf8))
        scratch.write("cohort/twice/web/01-first-page.html", goodPage)
        scratch.write("cohort/Twice/web/01-first-page.html", goodPage)
        var job = GradeJobOptions(cohort: scratch.path("cohort"), out: scratch.path("out"), jobs: 2, formats: [.gradebook, .json])
        job.language = .english
        let result = try GradeJob.run(job, pack: pack, grading: CallCounter().grading())
        #expect(result.run.graded == 1)
        #expect(result.run.errors == 8)
        var rows: [String: CohortRow] = [:]
        try HistoryStore(path: job.databaseURL.path).forEachRow(run: result.run.id) { rows[$0.student.name] = $0 }
        let reasons = [
            "empty": "is empty", "binary": "not a text file", "latin1": "not valid UTF-8", "huge": "larger than 5 MB",
            "climber": "climbs out", "bomber": "zip bomb", "corrupt": "not a readable zip",
        ]
        for (student, reason) in reasons {
            guard case .error(let file, let message) = rows[student]?.outcome else { Issue.record("\(student): no error row"); continue }
            #expect(file.contains(student), "\(student): \(file)")
            #expect(message.en.contains(reason), "\(student): \(message.en)")
        }
        let twice = rows.values.filter { $0.student.key.lowercased() == "twice" }
        #expect(twice.count == 1 && twice.first?.status == "error")
        guard case .graded = rows["good"]?.outcome else { Issue.record("good was not graded"); return }
        let gradebook = try String(contentsOf: scratch.path("out/gradebook.csv"), encoding: .utf8)
        #expect(gradebook.contains("binary,binary,error,0,2") && gradebook.contains("good,good,2,2,2"))
    }
}

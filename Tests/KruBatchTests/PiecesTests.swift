import Foundation
import KruBatch
import KruCore
import KruPack
import Testing

@Suite struct PiecesTests {
    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Fed in odd pieces, the digest is the same.
        var hasher = SHA256()
        let bytes = [UInt8](repeating: 0x61, count: 1_000)
        for chunk in stride(from: 0, to: bytes.count, by: 37) { hasher.update(Array(bytes[chunk..<min(chunk + 37, bytes.count)])) }
        #expect(hasher.finalize() == SHA256.hex(Data(bytes)))
    }

    @Test func contentHashDependsOnPathsAndContents() {
        let a = SHA256.contentHash(of: ["index.html": Data("x".utf8), "style.css": Data("y".utf8)])
        let b = SHA256.contentHash(of: ["style.css": Data("y".utf8), "index.html": Data("x".utf8)])
        let c = SHA256.contentHash(of: ["index.html": Data("x".utf8), "main.css": Data("y".utf8)])
        let d = SHA256.contentHash(of: ["index.html": Data("xy".utf8)])
        #expect(a == b)
        #expect(a != c)
        #expect(a != d)
    }

    @Test func csvReaderHandlesQuotesAndLineEnds() {
        let rows = CSVReader.rows("id,name\r\n1,\"Chan, Dara\"\n2,\"She said \"\"hi\"\"\"\r\n\n3,\"two\nlines\"")
        #expect(rows == [["id", "name"], ["1", "Chan, Dara"], ["2", "She said \"hi\""], ["3", "two\nlines"]])
        #expect(CSVReader.rows("id;name\n1;សុខ") == [["id", "name"], ["1", "សុខ"]])
    }

    @Test func aFileThatVanishesBeforeGradingIsAnError() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("dl/Vanna Kim_111111_assignsubmission_file_page.html", goodPage)
        let cohort = try CohortDiscovery.discover(scratch.path("dl"), pack: pack, exercise: "web/01-first-page", roster: nil, language: .english)
        try FileManager.default.removeItem(at: scratch.path("dl/Vanna Kim_111111_assignsubmission_file_page.html"))
        let submission = try #require(cohort.submissions.first)
        #expect(throws: SubmissionError.self) { try SubmissionReader.read(submission) }
    }

    @Test func singleExerciseCohortWithExerciseFlagUsesStudentFolders() throws {
        let scratch = Scratch()
        let pack = try makePack(in: scratch)
        scratch.write("cohort/dara/index.html", goodPage)
        scratch.write("cohort/dara/style.css", "h1 { color: red }")
        scratch.write("cohort/sok.html", goodPage)
        let cohort = try CohortDiscovery.discover(scratch.path("cohort"), pack: pack, exercise: "web/01-first-page", roster: nil, language: .english)
        #expect(cohort.submissions.map(\.student.name).sorted() == ["dara", "sok"])
        #expect(cohort.problems.isEmpty)
        let dara = try SubmissionReader.read(try #require(cohort.submissions.first { $0.student.name == "dara" }))
        #expect(dara.paths == ["index.html", "style.css"])
    }
}

import Foundation
import KruCore
import Testing

/// A submission's files are found by their exact path, whether it holds a few (compared
/// path by path) or many (looked up by hash).
@Suite struct SubmissionFilesTests {
    @Test(arguments: [0, 1, 2, 4, 5, 12])
    func dataFindsEachFileByItsExactPath(count: Int) {
        let paths = (0..<count).map { $0 == 0 ? "index.html" : "pages/page\($0).html" }
        let files = SubmissionFiles(origin: "s", files: Dictionary(uniqueKeysWithValues: paths.map { ($0, Data($0.utf8)) }))
        for path in paths { #expect(files.data(path) == Data(path.utf8)) }
        #expect(files.data("Index.html") == nil, "paths are compared exactly")
        #expect(files.data("pages/page1.htm") == nil)
        #expect(files.data("") == nil)
        #expect(files.contains("index.html") == (count > 0))
    }
}

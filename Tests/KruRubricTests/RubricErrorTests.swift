import KruCore
import KruRubric
import Testing

@Test func rubricErrorNamesFileLineAndColumn() {
    let error = RubricError(location: SourceLocation(file: "rubric.yaml", line: 12, column: 9), message: "unknown check kind")
    #expect(error.description == "rubric.yaml:12:9: unknown check kind")
}

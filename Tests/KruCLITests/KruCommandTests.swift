import KruCLI
import Testing

@Test func commandIsNamedKru() {
    #expect(KruCommand.configuration.commandName == "kru")
}

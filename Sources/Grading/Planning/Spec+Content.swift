import SpecModel

extension Spec {
    /// The spec with where it (and its course's language definitions) was read from blanked: what it says, which is what a cache key
    /// or a merge of shards graded in different checkouts must compare.
    var content: Spec {
        var content = self
        content.path = ""
        content.baseDirectory = ""
        for index in content.courseLanguages.indices { content.courseLanguages[index].origin = nil }
        return content
    }
}

package org.docs2kg.model;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * What docs2kg learns from one guide beyond its structure.
 *
 * @param service             the service the guide documents
 * @param securityRoot        file name of the security chapter's root page, if the guide has one
 * @param topics              the chapter's pages, in reading order, each classified
 * @param statements          responsibility statements and recommendations, by page and line
 * @param compliancePrograms  per page file name: compliance programs it names
 * @param mentionedServices   per page file name: other AWS services it mentions
 */
public record Extraction(Service service, Optional<String> securityRoot, List<Topic> topics,
                         List<Statement> statements, SortedMap<String, SortedSet<String>> compliancePrograms,
                         SortedMap<String, SortedSet<String>> mentionedServices) {
    public Extraction {
        topics = List.copyOf(topics);
        statements = List.copyOf(statements);
    }

    public Optional<Topic> topic(String fileName) {
        return topics.stream().filter(t -> t.fileName().equals(fileName)).findFirst();
    }
}

package org.docs2kg.model;

import org.docs2kg.vocab.Taxonomy;

/**
 * A page of a guide's security chapter and the taxonomy concept it is classified into.
 *
 * @param fileName the page file, relative to the guide
 * @param title    its title (from the page, or from the link to it when the page is absent)
 * @param present  false when the chapter links to a page that is not in the input
 * @param parent   file name of the topic it is nested under, or null for the chapter root
 */
public record Topic(String fileName, String title, Taxonomy concept, boolean present, String parent) {
}

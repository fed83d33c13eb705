package org.docs2kg.model;

/** The two halves of the AWS shared responsibility model, where a statement names one. */
public enum Scope {
    SECURITY_OF_THE_CLOUD, SECURITY_IN_THE_CLOUD
}

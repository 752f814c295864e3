package dev.loglens.core.tail;

/** What a follower is doing, as a view shows it. */
public enum FollowState {
    /** Reading the file as it grows. */
    FOLLOWING,
    /** The file does not exist (yet, or again): waiting for it to appear. */
    WAITING,
    /** The file was rotated (renamed away and replaced); the old one was read to its end. */
    ROTATED,
    /** The file was truncated (copytruncate) and is read again from its start. */
    TRUNCATED,
    /** The file was deleted; waiting for it to be created again. */
    DELETED
}

package dev.weft.cli;

/** An error the user's input caused (a file that cannot be read, ...): printed as {@code error: message}, exit 1. */
final class UserInputException extends RuntimeException {
    UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}

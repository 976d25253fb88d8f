/**
 * A runnable Spring Boot service using only {@code escalation-spring-boot-starter} and one property: {@code POST
 * /assess} answers as {@code decide} does. An example, not part of the library.
 */
package dev.escalation.example.service;

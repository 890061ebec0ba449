package id.jejak.command.dispatch;

import id.jejak.platform.web.CorrelationIdFilter;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives every command endpoint the {@link CommandContext} of its request. */
class CommandContextArgumentResolver implements HandlerMethodArgumentResolver {

    static final String ACTOR_HEADER = "X-Actor-Id";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CommandContext.class.equals(parameter.getParameterType());
    }

    @Override
    public CommandContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest request, WebDataBinderFactory binderFactory)
            throws MissingRequestHeaderException {
        String id = request.getHeader(ACTOR_HEADER);
        if (id == null || id.isBlank()) {
            throw new MissingRequestHeaderException(ACTOR_HEADER, parameter);
        }
        String correlationId = (String) request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return new CommandContext(new Actor(id.trim()), correlationId);
    }
}

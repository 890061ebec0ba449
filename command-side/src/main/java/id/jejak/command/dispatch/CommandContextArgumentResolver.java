package id.jejak.command.dispatch;

import id.jejak.platform.security.JejakUser;
import id.jejak.platform.web.CorrelationIdFilter;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives every command endpoint the {@link CommandContext} of its request. The actor is the signed-in user, and
 * nothing else: no header or body field can name someone else as the one who decided.
 */
class CommandContextArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CommandContext.class.equals(parameter.getParameterType());
    }

    @Override
    public CommandContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                          NativeWebRequest request, WebDataBinderFactory binderFactory) {
        // the security chain lets no unauthenticated request reach a command endpoint; this is the second lock
        JejakUser user = JejakUser.current().orElseThrow(() ->
                new AuthenticationCredentialsNotFoundException("a decision needs a signed-in user"));
        String correlationId = (String) request.getAttribute(CorrelationIdFilter.ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        return new CommandContext(new Actor(user.id()), user.role(), user.units(), correlationId);
    }
}

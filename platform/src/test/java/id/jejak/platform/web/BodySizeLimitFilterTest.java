package id.jejak.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class BodySizeLimitFilterTest {

    @Test
    void aFormsFieldsAreStillParametersAfterItsBodyWasRead() throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setQueryString("lang=en");
        request.addParameter("lang", "en");
        request.setContentType("application/x-www-form-urlencoded;charset=UTF-8");
        request.setContent("username=auditor&password=d%C3%A9mo+1&_csrf=a%2Bb%3D".getBytes(StandardCharsets.UTF_8));
        var chain = new MockFilterChain();

        new BodySizeLimitFilter(DataSize.ofKilobytes(64), null).doFilter(request, new MockHttpServletResponse(), chain);

        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(passed.getParameter("username")).isEqualTo("auditor");
        assertThat(passed.getParameter("password")).isEqualTo("démo 1");
        assertThat(passed.getParameter("_csrf")).isEqualTo("a+b=");
        assertThat(passed.getParameter("lang")).isEqualTo("en");
    }

    @Test
    void aJsonBodyMakesNoParameters() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/v1/x");
        request.setContentType("application/json");
        request.setContent("{\"username\":\"auditor\"}".getBytes(StandardCharsets.UTF_8));
        var chain = new MockFilterChain();

        new BodySizeLimitFilter(DataSize.ofKilobytes(64), null).doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(((HttpServletRequest) chain.getRequest()).getParameterMap()).isEmpty();
    }
}

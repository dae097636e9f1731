package io.runrub.shared.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.PropertyAccessException;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms are records, built from the request through their constructor. Out of the box, when one value cannot be
 * converted ("sixty" for a number), Spring records that and then skips validation altogether: the other fields' checks
 * do not run, so a form comes back with one error where it has two. Here, for every validated ({@code @Valid} or
 * {@code @Validated}) form, a value of the wrong kind is held back until validation, which then runs as usual; the
 * conversion error is added with what was typed (so {@code th:field} shows "sixty" again), and the checks of that one
 * field are skipped (its value is missing only because it could not be read). Forms bound without validation, request
 * bodies and single parameters bind as Spring does by default.
 */
@ControllerAdvice(annotations = Controller.class)
class FormBinding {

	@InitBinder
	void keepEveryErrorAndWhatWasTyped(WebDataBinder binder) {
		if (binder.getTarget() != null || !isValidated(binder) || binder.getValidators().isEmpty()) {
			return;
		}
		List<PropertyAccessException> unreadable = new ArrayList<>();
		BindingErrorProcessor errors = binder.getBindingErrorProcessor();
		binder.setBindingErrorProcessor(new BindingErrorProcessor() {

			@Override
			public void processMissingFieldError(String missingField, BindingResult bindingResult) {
				errors.processMissingFieldError(missingField, bindingResult);
			}

			@Override
			public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
				unreadable.add(ex);
			}

		});
		binder.replaceValidators(new UnreadableFirst(binder.getValidators(), unreadable, errors));
	}

	private static boolean isValidated(DataBinder binder) {
		if (binder.getTargetType() == null || !(binder.getTargetType().getSource() instanceof MethodParameter parameter)) {
			return false;
		}
		for (var annotation : parameter.getParameterAnnotations()) {
			if (ValidationAnnotationUtils.determineValidationHints(annotation) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Adds the errors of values that could not be read, then validates everything else: errors the checks find on a
	 * field that could not be read are dropped, as that field already says what is wrong with it.
	 */
	private record UnreadableFirst(List<Validator> validators, List<PropertyAccessException> unreadable,
			BindingErrorProcessor errors) implements SmartValidator {

		UnreadableFirst {
			validators = List.copyOf(validators);
		}

		@Override
		public boolean supports(Class<?> type) {
			return true;
		}

		@Override
		public void validate(Object target, Errors result) {
			validate(target, result, new Object[0]);
		}

		@Override
		public void validate(Object target, Errors result, Object... hints) {
			if (!(result instanceof BindingResult bindingResult)) {
				validators.forEach(validator -> validator.validate(target, result));
				return;
			}
			Set<String> unreadableFields = new HashSet<>();
			for (PropertyAccessException ex : unreadable) {
				errors.processPropertyAccessException(ex, bindingResult);
				unreadableFields.add(bindingResult.getNestedPath() + ex.getPropertyName());
			}
			Errors others = unreadableFields.isEmpty() ? result : skipping(bindingResult, unreadableFields);
			for (Validator validator : validators) {
				if (!validator.supports(target.getClass())) {
					continue;
				}
				if (validator instanceof SmartValidator smart) {
					smart.validate(target, others, hints);
				}
				else {
					validator.validate(target, others);
				}
			}
		}

		/** The binding result, except that errors on the given fields are not recorded. */
		private static BindingResult skipping(BindingResult result, Set<String> fields) {
			return (BindingResult) Proxy.newProxyInstance(FormBinding.class.getClassLoader(),
					new Class<?>[] { BindingResult.class }, (proxy, method, args) -> {
						String name = method.getName();
						if (name.equals("addError") && args[0] instanceof FieldError error
								&& fields.contains(error.getField())) {
							return null;
						}
						if ((name.equals("rejectValue")) && args[0] instanceof String field
								&& fields.contains(result.getNestedPath() + field)) {
							return null;
						}
						try {
							return method.invoke(result, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}

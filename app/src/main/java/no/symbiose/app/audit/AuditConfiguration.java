package no.symbiose.app.audit;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wraps the application's data source (embedded or external) in an
 * {@link AuditedDataSource}, so that every connection, also Flyway's and the importers',
 * names its writer to the audit triggers.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	static BeanPostProcessor auditedDataSources() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof AuditedDataSource)) {
					return new AuditedDataSource(dataSource);
				}
				return bean;
			}
		};
	}

}
